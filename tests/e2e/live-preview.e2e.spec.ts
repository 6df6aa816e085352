/**
 * Autosave and live preview in Chromium against the production build (lib/admin/livePreview.ts):
 * an editor types into a published article's title and sees 已自动保存; live preview frames the
 * real article page (draft mode) beside the form, which shows the new title and follows the next
 * edit within seconds; 手机 Phone makes the frame phone-wide. The same for a 快讯. Readers' pages
 * over HTTP keep the published text all along. When an autosave fails, leaving warns. Readers'
 * pages do not download the live-preview code. A 发布修改 click while an autosave is in flight
 * publishes once it is done.
 */
import type { Frame, Page } from 'playwright-core'

import { SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'
import { demoAccounts } from '@/lib/seed/accounts'
import { PREVIEW_BREAKPOINTS } from '@/lib/admin/livePreview'

const session = startServerAndBrowserForFile()
const editorAccount = demoAccounts.find((account) => account.roles[0] === 'editor')!
const PHONE = PREVIEW_BREAKPOINTS.find((breakpoint) => breakpoint.name === 'phone')!

async function editorPage(): Promise<Page> {
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  const [name, value] = (await loginCookieFor(session.server.baseUrl, editorAccount)).split(
    /=(.*)/s,
  )
  await context.addCookies([{ name: name!, value: value!, url: session.server.baseUrl }])
  return context.newPage()
}

/** The newest published document of a collection, as a visitor reads it over REST. */
async function newestPublished(collection: 'articles' | 'flashes') {
  const answer = await fetch(
    `${session.server.baseUrl}/api/${collection}?limit=1&depth=0&sort=-publishedAt`,
  )
  const { docs } = (await answer.json()) as {
    docs: { id: number; slug?: string; title?: string | null; text?: string }[]
  }
  return docs[0]!
}

const readersPage = async (path: string) => (await fetch(`${session.server.baseUrl}${path}`)).text()

/** Types into the field and waits for the autosave it causes, and for 已自动保存. */
async function typeAndAutosave(page: Page, field: string, text: string) {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes('autosave=true') &&
      response.ok(),
  )
  await page.locator(field).fill(text)
  await saved
  await page.locator('.autosave').getByText('已自动保存').waitFor()
}

async function previewFrame(page: Page): Promise<Frame> {
  await page.locator('#live-preview-toggler').click()
  const iframe = page.locator('.live-preview-window iframe')
  await iframe.waitFor()
  return (await iframe.elementHandle())!.contentFrame().then((frame) => frame!)
}

async function showsHeading(frame: Frame, text: string) {
  await frame.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 8_000 })
}

async function switchToPhone(page: Page, frame: Frame) {
  await page.locator('.live-preview-toolbar-controls__breakpoint').click()
  await page.getByRole('button', { name: PHONE.label }).click()
  // The frame takes the breakpoint's width once React re-renders; wait for it.
  for (let tries = 0; tries < 40; tries++) {
    if ((await frame.evaluate(() => window.innerWidth)) === PHONE.width) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(await frame.evaluate(() => window.innerWidth)).toBe(PHONE.width)
}

test('an article: 已自动保存, the live preview follows the title, phone width; readers see the published title', async () => {
  const article = await newestPublished('articles')
  const page = await editorPage()
  try {
    await page.goto(`${session.server.baseUrl}/admin/collections/articles/${article.id}`)
    const first = `${article.title} · 实时预览`
    await typeAndAutosave(page, '#field-title', first)

    const frame = await previewFrame(page)
    await showsHeading(frame, first)
    const second = `${first} 第二稿`
    await typeAndAutosave(page, '#field-title', second)
    await showsHeading(frame, second)
    await switchToPhone(page, frame)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-live-preview-article.png` })

    const html = await readersPage(`/articles/${article.slug}`)
    expect(html).toContain(article.title!)
    expect(html).not.toContain('实时预览')

    // An autosave that fails leaves the typing in the form only: leaving warns.
    await page.route(/autosave=true/, (route) => route.abort())
    await page.locator('#field-title').fill(`${second} 未保存`)
    await page.waitForTimeout(1_000)
    await page.locator('.step-nav a[href="/admin/collections/articles"]').click()
    await page.getByText('您的更改尚未保存').waitFor()
  } finally {
    await page.context().close()
  }
})

test('a 快讯: the live preview shows the new title on its permalink; readers still see the published one', async () => {
  const flash = await newestPublished('flashes')
  const page = await editorPage()
  try {
    await page.goto(`${session.server.baseUrl}/admin/collections/flashes/${flash.id}`)
    const title = '快讯实时预览标题'
    await typeAndAutosave(page, '#field-title', title)
    const frame = await previewFrame(page)
    await showsHeading(frame, title)
    const second = `${title} 更新`
    await typeAndAutosave(page, '#field-title', second)
    await showsHeading(frame, second)
    await switchToPhone(page, frame)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-live-preview-flash.png` })

    expect(await readersPage(`/flash/${flash.id}`)).not.toContain(title)
  } finally {
    await page.context().close()
  }
})

/** A string of Payload's live-preview library, sent in its first message to the admin. */
const LIVE_PREVIEW_CODE = 'payload-live-preview'

/** The scripts a visitor's browser downloads for a page, once it has settled. */
async function scriptsOfReadersPage(path: string): Promise<{ url: string; body: string }[]> {
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    const scripts: Promise<{ url: string; body: string }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.text().then((body) => ({ url: response.url(), body })))
    })
    await page.goto(`${session.server.baseUrl}${path}`, { waitUntil: 'networkidle' })
    return await Promise.all(scripts)
  } finally {
    await context.close()
  }
}

test('readers’ article and 快讯 pages do not download the live-preview refresher', async () => {
  const article = await newestPublished('articles')
  const flash = await newestPublished('flashes')
  for (const path of [`/articles/${article.slug}`, `/flash/${flash.id}`]) {
    const scripts = await scriptsOfReadersPage(path)
    expect(scripts.length).toBeGreaterThan(0)
    expect(
      scripts.filter((script) => script.body.includes(LIVE_PREVIEW_CODE)).map(({ url }) => url),
    ).toEqual([])
  }
})

test('发布修改 clicked while an autosave is in flight publishes once the autosave is done', async () => {
  const article = await newestPublished('articles')
  const page = await editorPage()
  try {
    await page.goto(`${session.server.baseUrl}/admin/collections/articles/${article.id}`)
    // A slow autosave (a busy server, a slow network): its answer takes two seconds.
    await page.route(/autosave=true/, async (route) => {
      const response = await route.fetch()
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      await route.fulfill({ response })
    })
    const title = `${article.title} · 发布于自动保存中`
    const autosaveSent = page.waitForRequest(/autosave=true/)
    await page.locator('#field-title').fill(title)
    await autosaveSent
    const published = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/articles/${article.id}`) &&
        !response.url().includes('autosave=true'),
      { timeout: 15_000 },
    )
    // Payload's own button is disabled meanwhile: a person's click on it, where they see it.
    await page.locator('#action-save:disabled').waitFor()
    const box = (await page.locator('#action-save').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    expect((await published).ok()).toBe(true)
    await page.locator('.doc-controls__status').getByText('已发布').waitFor()
    const visitorsCopy = await fetch(
      `${session.server.baseUrl}/api/articles/${article.id}?depth=0`,
    ).then((answer) => answer.json() as Promise<{ title?: string }>)
    expect(visitorsCopy.title).toBe(title)
  } finally {
    await page.context().close()
  }
})
