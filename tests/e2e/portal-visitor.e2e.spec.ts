/**
 * A visitor on the production build: tabs, 加载更多 (with and without JavaScript), an article that
 * folds and expands, 更多新闻, bad input, accessibility, and screenshots of the main pages.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { launchChromium, SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { shouldFold } from '@/lib/format/fold'

let server: TProductionServer
let browser: Browser

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const published = demoArticles.filter((article) => !article.draft)
const longArticle = published.find((article) => shouldFold(lexicalFromBlocks(article.blocks).root))!
const draft = demoArticles.find((article) => article.draft)!

async function open(
  url: string,
  options: { width?: number; javaScript?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}${url}`)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })

const feedTitles = (page: Page) => page.locator('main article h2 a').allTextContents()

test('the feed shows the newest articles under 全部, in Chinese, at desktop and phone widths', async () => {
  const page = await open('/')
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  await expect(page.title()).resolves.toContain('Newsroom')
  expect(
    await page.getByRole('link', { name: '全部', exact: true }).getAttribute('aria-current'),
  ).toBe('page')
  expect(await feedTitles(page)).toHaveLength(20)
  await page.getByText('免责声明').first().waitFor()
  await shot(page, 'feed-1280')
  await page.setViewportSize({ width: 375, height: 800 })
  await shot(page, 'feed-375')
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.context().close()
})

test('switching tabs shows one tag’s articles', async () => {
  const page = await open('/')
  await page.getByRole('navigation', { name: '分类' }).getByRole('link', { name: 'DeFi' }).click()
  await page.waitForURL(/\/tag\/defi$/)
  await expect(page.locator('h1').textContent()).resolves.toBe('DeFi')
  const cards = page.locator('main article')
  const count = await cards.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    await expect(
      cards.nth(i).getByRole('link', { name: 'DeFi', exact: true }).count(),
    ).resolves.toBe(1)
  }
  await page.context().close()
})

test('加载更多 appends the next 20 until there are no more', async () => {
  const page = await open('/')
  const first = await feedTitles(page)
  await page.getByRole('link', { name: '加载更多' }).click()
  await page.waitForFunction(() => document.querySelectorAll('main article h2 a').length === 40)
  const afterOne = await feedTitles(page)
  expect(afterOne.slice(0, 20)).toEqual(first)
  expect(new Set(afterOne).size).toBe(40)
  await page.getByRole('link', { name: '加载更多' }).click()
  await page.getByText('没有更多了').waitFor()
  expect(await feedTitles(page)).toHaveLength(published.length)
  await page.context().close()
})

test('加载更多 is a working link without JavaScript', async () => {
  const page = await open('/', { javaScript: false })
  const first = await feedTitles(page)
  await page.getByRole('link', { name: '加载更多' }).click()
  await page.waitForURL(/\?cursor=/)
  const second = await feedTitles(page)
  expect(second).toHaveLength(20)
  expect(second.some((title) => first.includes(title))).toBe(false)
  await page.context().close()
})

test('a long article is folded, holds its full text, expands, and leads on to 更多新闻', async () => {
  const page = await open(`/articles/${demoArticleSlug(longArticle)}`)
  await expect(page.locator('h1').textContent()).resolves.toBe(longArticle.title)
  const time = await page.locator('article time').first().textContent()
  expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  const lastParagraph = [...longArticle.blocks].reverse().find((block) => block.type === 'p')
  expect(await page.content()).toContain(
    lastParagraph && 'text' in lastParagraph ? lastParagraph.text : '',
  )
  expect(await page.locator('article table').count()).toBe(
    longArticle.blocks.filter((b) => b.type === 'table').length,
  )
  const expand = page.getByRole('button', { name: '展开阅读全文' })
  await expand.waitFor()
  await shot(page, 'article-1280')
  await expand.click()
  await expect(expand.count()).resolves.toBe(0)
  const related = page.getByRole('region', { name: '更多新闻' }).locator('article h3 a')
  expect(await related.count()).toBeGreaterThan(0)
  const next = (await related.first().textContent()) ?? ''
  expect(next).not.toBe(longArticle.title)
  await related.first().click()
  await page.waitForURL((url) => !url.pathname.endsWith(demoArticleSlug(longArticle)))
  await expect(page.locator('h1').textContent()).resolves.toBe(next)
  await page.setViewportSize({ width: 375, height: 800 })
  await shot(page, 'article-375')
  await page.context().close()
})

test('without JavaScript a long article is shown in full', async () => {
  const page = await open(`/articles/${demoArticleSlug(longArticle)}`, { javaScript: false })
  const folded = page.locator('[data-folded="true"]')
  await expect(folded.evaluate((element) => getComputedStyle(element).maxHeight)).resolves.toBe(
    'none',
  )
  await page.context().close()
})

test.each([
  ['/?page=abc', 404],
  ['/?page=-1', 404],
  ['/?page=0', 404],
  ['/?page=999999', 404],
  ['/?page=2', 200],
  ['/?cursor=garbage', 404],
  // An empty cursor means no cursor: the first page.
  ['/?cursor=', 200],
  ['/tag/no-such-tag', 404],
  [`/tag/${'x'.repeat(300)}`, 404],
  ['/tag/%E4%B8%AD%E6%96%87', 404],
  ['/tag/%3Cscript%3E', 404],
  ['/articles/no-such-article', 404],
  [`/articles/${'a'.repeat(500)}`, 404],
  ['/articles/%00%FF', 400],
  ['/articles/%FF', 400],
  ['/tag/%FF', 400],
  ['/articles/%00', 400],
  [`/articles/${demoArticleSlug(draft)}`, 404],
  ['/feed-items?cursor=bad', 400],
  [`/feed-items?scope=${'%E4%B8%AD'}&cursor=abc-1`, 400],
  // The edition is named as the page names it (zh-TW), nothing else.
  ['/feed-items?locale=fr&cursor=abc-1', 400],
  ['/feed-items?locale=zh-tw&cursor=abc-1', 400],
  ['/no/such/page', 404],
])('%s answers %i, never a 500', async (url, status) => {
  const response = await fetch(`${server.baseUrl}${url}`)
  expect(response.status).toBe(status)
  const text = await response.text()
  if (status === 404) expect(text).toContain('页面不存在')
  if (status === 400) expect(text).toMatch(/请求无效|invalid/)
})

test('加载更多 for a tag that does not exist answers 404 with the reason', async () => {
  const response = await fetch(`${server.baseUrl}/feed-items?scope=no-such-tag&cursor=abc-1`)
  expect(response.status).toBe(404)
  expect(await response.json()).toEqual({ error: 'unknown tag: no-such-tag' })
})

test.each(['/', `/articles/${demoArticleSlug(longArticle)}`])(
  'axe-core finds no serious or critical problems on %s',
  async (url) => {
    const page = await open(url)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.context().close()
  },
)
