/**
 * The three editions on the production build: a reader switches an article to 繁體 and to
 * English with the header's switcher, the choice brings them back to their edition's home page,
 * zh-CN keeps its URLs, and an article without an English version has no English page.
 */
import type { Page } from 'playwright-core'

import { demoArticles } from '@/lib/seed/articles'
import { demoEnglishVersions } from '@/lib/seed/english'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

const session = startServerAndBrowserForFile()

const englishKeys = new Set(demoEnglishVersions.map((version) => version.key))
const translated = demoArticles.find((article) => englishKeys.has(article.key) && !article.draft)!
const chineseOnly = demoArticles.find((article) => !englishKeys.has(article.key) && !article.draft)!
const english = demoEnglishVersions.find((version) => version.key === translated.key)!

async function open(url: string): Promise<Page> {
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  const response = await page.goto(`${session.server.baseUrl}${url}`)
  expect(response?.status()).toBe(200)
  return page
}

const switcher = (page: Page) => page.getByRole('navigation', { name: /语言|語言|Language/ })

test('an article switches to 繁體 and to English, and zh-CN keeps its URL', async () => {
  const slug = demoArticleSlug(translated)
  const page = await open(`/articles/${slug}`)
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  await expect(page.locator('h1').first().textContent()).resolves.toBe(translated.title)
  await page.getByText('免责声明').first().waitFor()

  await switcher(page).getByRole('link', { name: '繁體' }).click()
  await page.waitForURL(`**/zh-tw/articles/${slug}`)
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW')
  // Interface text from the zh-TW catalog, and the article converted from Simplified.
  await page.getByText('免責聲明').first().waitFor()
  await expect(page.locator('footer').textContent()).resolves.toContain('數據')
  await expect(page.locator('body').textContent()).resolves.not.toContain('免责声明')

  await switcher(page).getByRole('link', { name: 'English' }).click()
  await page.waitForURL(`**/en/articles/${slug}`)
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  await expect(page.locator('h1').first().textContent()).resolves.toBe(english.title)
  await page.getByRole('link', { name: 'Watchlist' }).first().waitFor()
  await page.getByText('Disclaimer').first().waitFor()
  // Links inside the English edition stay in it.
  const home = await page.getByRole('link', { name: 'Home' }).getAttribute('href')
  expect(home).toBe('/en')

  await switcher(page).getByRole('link', { name: '简体' }).click()
  await page.waitForURL(`${session.server.baseUrl}/articles/${slug}`)
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  await page.context().close()
})

test('the chosen edition brings a reader back to its home page; crawlers and other pages stay', async () => {
  const page = await open('/')
  await switcher(page).getByRole('link', { name: 'English' }).click()
  await page.waitForURL(`${session.server.baseUrl}/en`)
  await page.goto(`${session.server.baseUrl}/`)
  expect(new URL(page.url()).pathname).toBe('/en')
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
  // Any other zh-CN page is served as it is.
  await page.goto(`${session.server.baseUrl}/tag/defi`)
  expect(new URL(page.url()).pathname).toBe('/tag/defi')
  // Back to 简体 (from an English page): remembered too, so the home page stays zh-CN.
  await page.goto(`${session.server.baseUrl}/en/tag/defi`)
  await switcher(page).getByRole('link', { name: '简体' }).click()
  await page.waitForURL(`${session.server.baseUrl}/tag/defi`)
  await page.goto(`${session.server.baseUrl}/`)
  expect(new URL(page.url()).pathname).toBe('/')
  await page.context().close()

  const crawler = await fetch(`${session.server.baseUrl}/`, {
    headers: {
      cookie: 'newsroom_edition=en',
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)',
    },
    redirect: 'manual',
  })
  expect(crawler.status).toBe(200)
})

test('an article without an English version has no English page and no English alternate', async () => {
  const slug = demoArticleSlug(chineseOnly)
  const missing = await fetch(`${session.server.baseUrl}/en/articles/${slug}`)
  expect(missing.status).toBe(404)
  const alternates = async (articleSlug: string) => {
    const html = await (await fetch(`${session.server.baseUrl}/articles/${articleSlug}`)).text()
    return [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)"/g)].map((match) => match[1])
  }
  expect(await alternates(slug)).toEqual(['zh-CN', 'zh-TW', 'x-default'])
  expect(await alternates(demoArticleSlug(translated))).toEqual([
    'zh-CN',
    'zh-TW',
    'en',
    'x-default',
  ])

  // The English feed lists only written versions, with English tab names.
  const page = await open('/en')
  const titles = await page.locator('main article h2 a').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.length).toBeLessThanOrEqual(demoEnglishVersions.length)
  for (const title of titles) expect(demoEnglishVersions.map((v) => v.title)).toContain(title)
  await page.context().close()
})

test('the internal zh-CN spelling redirects to the public URL', async () => {
  const response = await fetch(`${session.server.baseUrl}/zh-cn/tag/defi`, { redirect: 'manual' })
  expect(response.status).toBe(308)
  expect(response.headers.get('location')).toMatch(/\/tag\/defi$/)
})

test("the account forms answer in the page's edition, also what the server refuses", async () => {
  // The browser prefers Simplified Chinese; the page's edition decides.
  const page = await open('/zh-tw/register')
  await page.getByLabel('顯示名稱').fill('繁體讀者')
  await page.getByLabel('電子郵件').fill(`zh-tw-${Date.now()}@test.local`)
  await page.getByLabel('密碼', { exact: true }).fill('short')
  await page.getByRole('button', { name: '註冊' }).click()
  await page.getByText('密碼至少需要 10 個字元。').waitFor()
  // The common-password list is the server's: its refusal comes back in 繁體 too.
  await page.getByLabel('密碼', { exact: true }).fill('1234567890')
  await page.getByLabel('確認密碼').fill('1234567890')
  await page.getByRole('button', { name: '註冊' }).click()
  await page.getByText('這個密碼太常見，很容易被猜到，請換一個。').waitFor()
  await page.context().close()

  const english = await open('/en/login')
  await english.getByRole('button', { name: 'Sign in' }).click()
  await english.getByText('Enter your email address.').waitFor()
  await english.getByLabel('Email').fill('nobody-here@test.local')
  await english.getByLabel('Password', { exact: true }).fill('not-my-password-1')
  await english.getByRole('button', { name: 'Sign in' }).click()
  await english.getByText('The email address or the password is wrong.').waitFor()
  await english.context().close()
})
