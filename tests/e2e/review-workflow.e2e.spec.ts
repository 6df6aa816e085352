/**
 * The review workflow in Chromium against the production build: a contributor writes a draft and
 * submits it (no 发布 offered; autosave keeps the draft, so 保存草稿 waits for unsaved changes),
 * the editor finds it in the dashboard's 待审核 list and returns it with a note, the contributor
 * reads the note, edits and submits again, the editor publishes, and the article is on the
 * portal. One browser context per account, signed in by cookie. A contributor sees a co-author
 * by name in the authors field and the list's 作者 column, never as an id.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

const session = startServerAndBrowserForFile()
const accountOf = (role: string) => demoAccounts.find((account) => account.roles[0] === role)!

async function pageAs(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ locale: 'en-US' })
  const [name, value] = (await loginCookieFor(session.server.baseUrl, accountOf(role))).split(
    /=(.*)/s,
  )
  await context.addCookies([{ name: name!, value: value!, url: session.server.baseUrl }])
  return { context, page: await context.newPage() }
}

/**
 * Articles autosave (lib/admin/livePreview.ts): runs `change`, then waits for the autosave it
 * causes, as an author pausing between fields would. Playwright fills a field in an instant; a
 * field filled while the previous field's autosave is still in flight was once seen lost.
 */
async function autosaved(page: Page, change: () => Promise<void>) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes('autosave=true') &&
      response.ok(),
  )
  await change()
  await saved
}

const TITLE = '撰稿人投稿：以太坊质押收益的来源'
const NOTE = '请补充收益数据的来源链接'

test('contributor submits → editor returns with a note → contributor resubmits → editor publishes → on the portal', async () => {
  const { baseUrl } = session.server
  const contributor = await pageAs('contributor')
  const editor = await pageAs('editor')
  try {
    // The contributor writes and saves a draft: the admin offers 提交审核, never 发布.
    const mine = contributor.page
    // Opening the create page creates the draft (autosave) and opens it at its own address.
    await mine.goto(`${baseUrl}/admin/collections/articles/create`)
    await mine.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    await autosaved(mine, () => mine.locator('#field-title').fill(TITLE))
    await autosaved(mine, () =>
      mine.locator('#field-summary').fill('质押收益来自共识层奖励和执行层小费。'),
    )
    await autosaved(mine, async () => {
      await mine.locator('.rich-text-lexical [contenteditable="true"]').first().click()
      await mine.keyboard.type('以太坊的质押收益由两部分组成。')
    })
    // Saved by autosave: 保存草稿 is offered again only while something is unsaved.
    await expect(mine.getByRole('button', { name: '保存草稿' }).isDisabled()).resolves.toBe(true)
    const articleUrl = mine.url()
    const id = articleUrl.split('/').at(-1)!
    await mine.getByRole('button', { name: '提交审核' }).click()
    await mine.getByText('已提交审核，等待编辑处理。').waitFor()
    await expect(mine.getByRole('button', { name: /^发布/ }).count()).resolves.toBe(0)

    // The editor's dashboard lists it under 待审核; 退回 with a note.
    const desk = editor.page
    await desk.goto(`${baseUrl}/admin`)
    const queue = desk.locator('.review-queue')
    await queue.getByText('待审核').waitFor()
    await desk.screenshot({ path: `${SCREENSHOT_DIR}/admin-review-queue.png` })
    await queue.getByRole('link', { name: TITLE }).click()
    await desk.waitForURL(articleUrl)
    await desk.getByLabel('退回说明（作者可见）').fill(NOTE)
    await desk.getByRole('button', { name: '退回' }).click()
    await desk.locator('#field-reviewNote').waitFor()

    // The contributor sees 已退回 on their dashboard (which offers only 文章 and 媒体) and the note
    // on the article; edits, resubmits. 用户 is hidden from them, yet their own account page works.
    await mine.goto(`${baseUrl}/admin/account`)
    await mine.locator('#field-displayName').waitFor()
    await mine.goto(`${baseUrl}/admin`)
    await mine.locator('.review-queue').getByText('已退回的稿件').waitFor()
    await mine.locator('a[href="/admin/collections/media"]').first().waitFor()
    for (const hidden of ['users', 'flashes', 'tags', 'coins'])
      await expect(mine.locator(`a[href="/admin/collections/${hidden}"]`).count()).resolves.toBe(0)
    await mine.locator('.review-queue').getByRole('link', { name: TITLE }).click()
    await mine.waitForURL(articleUrl)
    await expect(mine.locator('#field-reviewNote').inputValue()).resolves.toBe(NOTE)
    await mine.screenshot({ path: `${SCREENSHOT_DIR}/admin-review-returned.png` })
    await autosaved(mine, () =>
      mine.locator('#field-source__url').fill('https://ethereum.org/staking'),
    )
    // Saved by autosave: 保存草稿 is offered again only while something is unsaved.
    await expect(mine.getByRole('button', { name: '保存草稿' }).isDisabled()).resolves.toBe(true)
    await mine.getByRole('button', { name: '提交审核' }).click()
    await mine.getByText('已提交审核，等待编辑处理。').waitFor()

    // The editor publishes with Payload's own button; the review is over.
    await desk.goto(`${baseUrl}/admin`)
    await desk.locator('.review-queue').getByRole('link', { name: TITLE }).click()
    await desk.waitForURL(articleUrl)
    await desk.locator('#field-reviewState').waitFor()
    await desk.screenshot({ path: `${SCREENSHOT_DIR}/admin-review-editor.png` })
    await desk
      .getByRole('button', { name: /^发布(修改)?$/ })
      .first()
      .click()
    await desk
      .getByText(/成功|已发布/)
      .first()
      .waitFor()
    await desk.goto(`${baseUrl}/admin`)
    await expect(
      desk.locator('.review-queue').getByRole('link', { name: TITLE }).count(),
    ).resolves.toBe(0)

    const published = await fetch(`${baseUrl}/api/articles/${id}?depth=0`)
    expect(published.status).toBe(200)
    const { slug } = (await published.json()) as { slug: string }
    // The draft's provisional slug gave way to one made from the (all-Chinese) title at 发布.
    expect(slug).toMatch(/^\d{8}-[a-z0-9]{8}$/)
    const portal = await fetch(`${baseUrl}/articles/${slug}`)
    expect(portal.status).toBe(200)
    expect(await portal.text()).toContain(TITLE)
  } finally {
    await contributor.context.close()
    await editor.context.close()
  }
})

test('a contributor sees a co-author’s display name, not an id, in the authors field and the list', async () => {
  const { baseUrl } = session.server
  const editorAccount = accountOf('editor')
  const cookieOf = async (role: string) => loginCookieFor(baseUrl, accountOf(role))
  const idOf = async (cookie: string) =>
    (
      (await (
        await fetch(`${baseUrl}/api/users/me`, { headers: { cookie, origin: baseUrl } })
      ).json()) as {
        user: { id: number }
      }
    ).user.id
  const editorCookie = await cookieOf('editor')
  const contributorId = await idOf(await cookieOf('contributor'))
  const editorId = await idOf(editorCookie)
  // The desk drafts an article crediting the contributor first, the editor second.
  const created = await fetch(`${baseUrl}/api/articles?draft=true`, {
    method: 'POST',
    headers: { cookie: editorCookie, 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({
      title: '合写稿：两位作者',
      summary: '摘要',
      body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
      authors: [contributorId, editorId],
      _status: 'draft',
    }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }

  const { context, page } = await pageAs('contributor')
  try {
    await page.goto(`${baseUrl}/admin/collections/articles/${doc.id}`)
    const authorsField = page.locator('#field-authors')
    await authorsField.getByText(editorAccount.displayName).waitFor()
    await authorsField.getByText(accountOf('contributor').displayName).waitFor()

    await page.goto(`${baseUrl}/admin/collections/articles`)
    const row = page.getByRole('row').filter({ hasText: '合写稿：两位作者' })
    await row.getByText(editorAccount.displayName).waitFor()
  } finally {
    await context.close()
  }
})
