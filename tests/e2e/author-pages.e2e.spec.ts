/**
 * Author pages on the production build: an author page from a byline (click, the article listed,
 * JSON-LD, axe, 375 px), a co-authored article's byline linking both authors, every edition and its RSS, 404s for unknown, malformed and readers'
 * slugs and for bad cursors (never a 500), and an editor's bio edited in the admin showing.
 */
import type { BrowserContext, Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { loginCookieFor } from '@/tests/helpers/restClient'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'
import { demoAccounts } from '@/lib/seed/accounts'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

const session = startServerAndBrowserForFile()
const accountOf = (role: string) => demoAccounts.find((account) => account.roles[0] === role)!
// The demo editor, with its author page (lib/seed/accounts.ts).
const editor = demoAccounts[1]

// The seed names the editor and the admin as authors in turn, the editor first (lib/seed).
const byEditor = demoArticles.find((article, index) => index % 2 === 0 && !article.draft)!

async function withPage<T>(
  check: (page: Page) => Promise<T>,
  options: { width?: number; context?: BrowserContext } = {},
): Promise<T> {
  const context =
    options.context ??
    (await session.browser.newContext({
      locale: 'zh-CN',
      viewport: { width: options.width ?? 1280, height: 900 },
    }))
  const page = await context.newPage()
  try {
    return await check(page)
  } finally {
    await context.close()
  }
}

const statusOf = async (path: string) =>
  (await fetch(`${session.server.baseUrl}${path}`, { redirect: 'manual' })).status

test('an author page from a byline', async () => {
  expect(editor.roles).toEqual(['editor'])
  await withPage(async (page) => {
    await page.goto(`${session.server.baseUrl}/articles/${demoArticleSlug(byEditor)}`)
    const articleJsonLd = JSON.parse(
      (await page.locator('article script[type="application/ld+json"]').textContent())!,
    )
    expect(articleJsonLd.author).toEqual([
      {
        '@type': 'Person',
        name: editor.displayName,
        url: `${session.server.baseUrl}/authors/${editor.profileSlug}`,
      },
    ])
    await page.getByRole('link', { name: editor.displayName, exact: true }).click()
    await page.waitForURL(new RegExp(`/authors/${editor.profileSlug}$`))
    await expect(page.locator('h1').textContent()).resolves.toBe(editor.displayName)
    await page.getByText(editor.bio).waitFor()
    await page.getByRole('link', { name: byEditor.title, exact: true }).first().waitFor()
    const person = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent())!,
    )
    expect(person).toMatchObject({ '@type': 'Person', name: editor.displayName })
    expect(JSON.stringify(person)).not.toContain('@newsroom.local')
    expect(await page.content()).not.toContain(editor.email)
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })
})

test('a co-authored article names both authors in order, each linked, and is on both pages', async () => {
  const admin = demoAccounts[0]
  const coAuthored = demoArticles.find((article) => article.coAuthored)!
  const base = session.server.baseUrl
  await withPage(async (page) => {
    await page.goto(`${base}/articles/${demoArticleSlug(coAuthored)}`)
    const byline = page.locator('article').getByText(`${editor.displayName}、${admin.displayName}`)
    await byline.waitFor()
    const articleJsonLd = JSON.parse(
      (await page.locator('article script[type="application/ld+json"]').textContent())!,
    )
    expect(articleJsonLd.author).toEqual(
      [editor, admin].map((author) => ({
        '@type': 'Person',
        name: author.displayName,
        url: `${base}/authors/${author.profileSlug}`,
      })),
    )
    for (const author of [admin, editor]) {
      const link = byline.getByRole('link', { name: author.displayName, exact: true })
      expect(await link.getAttribute('href')).toBe(`/authors/${author.profileSlug}`)
    }
    await byline.getByRole('link', { name: admin.displayName, exact: true }).click()
    await page.waitForURL(new RegExp(`/authors/${admin.profileSlug}$`))
    await page.getByRole('link', { name: coAuthored.title, exact: true }).first().waitFor()
  })
  // The editor's page lists it too (its first page: the article is recent).
  const editorsPage = await (await fetch(`${base}/authors/${editor.profileSlug}`)).text()
  expect(editorsPage).toContain(coAuthored.title)
})

test('the admin’s articles list shows the authors’ names in its 作者 column', async () => {
  const admin = demoAccounts[0]
  const coAuthored = demoArticles.find((article) => article.coAuthored)!
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  const [name, value] = (await loginCookieFor(session.server.baseUrl, editor)).split(/=(.*)/s)
  await context.addCookies([{ name: name!, value: value!, url: session.server.baseUrl }])
  await withPage(
    async (page) => {
      await page.goto(`${session.server.baseUrl}/admin/collections/articles?sort=-publishedAt`)
      await page.getByRole('columnheader', { name: /作者/ }).first().waitFor({ timeout: 30_000 })
      const row = page.getByRole('row').filter({ hasText: coAuthored.title })
      // The names fill in after the list renders.
      await row.getByText(admin.displayName).waitFor({ timeout: 30_000 })
      await row.getByText(editor.displayName).waitFor()
    },
    { context },
  )
})

test('every edition has the page and an RSS feed of the author’s articles', async () => {
  const base = session.server.baseUrl
  const traditional = await fetch(`${base}/zh-tw/authors/${editor.profileSlug}`)
  expect(traditional.status).toBe(200)
  expect(await traditional.text()).toContain('新聞編輯')
  expect(await statusOf(`/en/authors/${editor.profileSlug}`)).toBe(200)

  const rss = await fetch(`${base}/authors/${editor.profileSlug}/rss.xml`)
  expect(rss.status).toBe(200)
  expect(rss.headers.get('content-type')).toContain('application/rss+xml')
  const xml = await rss.text()
  expect(xml).toContain(`/articles/${demoArticleSlug(byEditor)}</link>`)
  expect(xml).not.toContain(editor.email)
  const sitemap = await (await fetch(`${base}/sitemaps/pages.xml`)).text()
  expect(sitemap).toContain(`/authors/${editor.profileSlug}</loc>`)
})

test('unknown, malformed and readers’ slugs and bad cursors are not found, never a 500', async () => {
  const page = `/authors/${editor.profileSlug}`
  for (const path of [
    '/authors/no-such-author',
    '/authors/Not_A_Slug',
    '/authors/%E4%BD%A0',
    '/en/authors/no-such-author/rss.xml',
    `${page}/after/zzzz`,
    `${page}/after/abc-999999`,
    `${page}/after/${'9'.repeat(40)}`,
  ])
    expect([path, await statusOf(path)]).toEqual([path, 404])
  expect([400, 404]).toContain(await statusOf('/authors/%FF'))

  // A reader given a slug by an admin still has no page.
  const adminCookie = await loginCookieFor(session.server.baseUrl, accountOf('admin'))
  const readerCookie = await loginCookieFor(session.server.baseUrl, accountOf('reader'))
  const me = await fetch(`${session.server.baseUrl}/api/users/me`, {
    headers: { cookie: readerCookie, origin: session.server.baseUrl },
  })
  const readerId = (await me.json()).user.id
  const update = await fetch(`${session.server.baseUrl}/api/users/${readerId}`, {
    method: 'PATCH',
    headers: {
      cookie: adminCookie,
      origin: session.server.baseUrl,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ profileSlug: 'reader-page' }),
  })
  expect(update.status).toBe(200)
  expect(await statusOf('/authors/reader-page')).toBe(404)
})

test('an editor edits their bio in the admin and the author page shows it', async () => {
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  const [name, value] = (await loginCookieFor(session.server.baseUrl, editor)).split(/=(.*)/s)
  await context.addCookies([{ name: name!, value: value!, url: session.server.baseUrl }])
  const bio = '新的简介：专注以太坊生态与 Layer 2 的报道。'
  await withPage(
    async (page) => {
      await page.goto(`${session.server.baseUrl}/admin/account`)
      const field = page.getByLabel('简介')
      await field.waitFor()
      await field.fill(bio)
      await page.getByRole('button', { name: '保存' }).click()
      await page
        .getByText(/成功|已更新|updated/i)
        .first()
        .waitFor()
      await page.goto(`${session.server.baseUrl}/authors/${editor.profileSlug}`)
      await page.getByText(bio).waitFor()
    },
    { context },
  )
})
