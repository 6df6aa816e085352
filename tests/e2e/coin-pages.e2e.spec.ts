/**
 * Coin pages on the production build: a reader opens an article, clicks a coin chip and lands on
 * the coin's page, its figures loaded after the HTML and the article listed; the page passes axe
 * and fits a 375 px phone; a signed-in reader adds the coin with 加入自选 and a visitor is sent to
 * log in; the per-coin RSS feed, and the Chinese 404 for unknown coins and made-up cursors; 更多快讯
 * from a coin page to its 快讯 page (/coins/<id>/flash) and 更早的快讯 to the next, in every edition,
 * and the 404 for cursors that are not the coin's.
 */
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { launchChromium, SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { signedInReaderContext } from '@/tests/helpers/readerAccount'
import { demoArticles } from '@/lib/seed/articles'
import { demoCoins } from '@/lib/seed/coins'
import { demoFlashes } from '@/lib/seed/flashes'
import { COIN_FLASH_PAGE_SIZE, COIN_PAGE_FLASHES } from '@/lib/queries/findCoinPage'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

let server: TProductionServer
let browser: Browser

// The newest published article with coins: it is on the first page of each of its coins.
const article = demoArticles
  .filter((a) => !a.draft && a.coins.length > 0)
  .sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!
const coin = demoCoins.find((c) => c.marketDataId === article.coins[0])!
const articlePath = `/articles/${demoArticleSlug(article)}`
const coinPath = `/coins/${coin.marketDataId}`
const DESKTOP: BrowserContextOptions = { locale: 'zh-CN', viewport: { width: 1280, height: 900 } }

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function newPage(options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options)
  return context.newPage()
}
const closeWithContext = (page: Page) => page.context().close()

/** Waits for the figures the browser fetches after load; answers the price shown. */
async function loadedPrice(page: Page): Promise<string> {
  await page.locator('[data-testid="coin-figures"][data-state="loaded"]').waitFor()
  return (await page.getByTestId('coin-price').textContent()) ?? ''
}

test('open a coin page from a chip', async () => {
  const page = await newPage()
  try {
    await page.goto(`${server.baseUrl}${articlePath}`)
    const chips = page.getByRole('list', { name: '相关币种' })
    await chips.getByRole('link', { name: new RegExp(`^${coin.symbol}`) }).click()
    await page.waitForURL(`${server.baseUrl}${coinPath}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(coin.symbol)
    expect(await loadedPrice(page)).toMatch(/^\$[\d,]+\.\d+$/)
    expect(await page.getByTestId('coin-rank').textContent()).toMatch(/^#\d+$/)
    // The offline provider's figures are labelled as such, as on the panel.
    await page.getByTestId('coin-figures').getByText('示例数据').waitFor()
    const listed = page.getByTestId('coin-articles').getByRole('link', { name: article.title })
    expect(await listed.count()).toBeGreaterThan(0)
    await page.getByTestId('coin-flashes').waitFor()
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'coin-page.png'), fullPage: true })
  } finally {
    await closeWithContext(page)
  }
})

test('the page HTML holds no figures: they come as JSON after load', async () => {
  const html = await (await fetch(`${server.baseUrl}${coinPath}`)).text()
  expect(html).toContain(coin.name)
  expect(html).not.toMatch(/data-testid="coin-price">\$/)
})

test('at 375 px the page fits the screen, figures and button included', async () => {
  const page = await newPage({ locale: 'zh-CN', viewport: { width: 375, height: 800 } })
  try {
    await page.goto(`${server.baseUrl}${coinPath}`)
    await loadedPrice(page)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const toggle = await page.getByTestId('watchlist-toggle').boundingBox()
    expect(toggle && toggle.x + toggle.width).toBeLessThanOrEqual(375)
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'coin-page-375.png'), fullPage: true })
  } finally {
    await closeWithContext(page)
  }
})

test('加入自选 for a signed-in reader: 已自选, on the list, still after a reload', async () => {
  const { context } = await signedInReaderContext(browser, server.baseUrl, DESKTOP)
  const page = await context.newPage()
  try {
    await page.goto(`${server.baseUrl}${coinPath}`)
    const toggle = page.getByRole('button', { name: '加入自选' })
    await toggle.click()
    await page.getByRole('button', { name: '已自选' }).waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: `已将 ${coin.symbol} 加入自选` })
      .waitFor()
    const mine = await page.evaluate(async () => (await fetch('/api/watchlists/mine')).json())
    expect(
      (mine as { coins: { marketDataId: string }[] }).coins.map((c) => c.marketDataId),
    ).toContain(coin.marketDataId)
    await page.reload()
    await page.getByRole('button', { name: '已自选' }).waitFor()
    // 已自选 again takes it off.
    await page.getByRole('button', { name: '已自选' }).click()
    await page.getByRole('button', { name: '加入自选' }).waitFor()
  } finally {
    await context.close()
  }
})

test('a visitor’s 加入自选 leads to the login page and back', async () => {
  const page = await newPage()
  try {
    await page.goto(`${server.baseUrl}${coinPath}`)
    await page.getByRole('link', { name: '登录后加入自选' }).click()
    await page.waitForURL(/\/login\?next=/)
    expect(new URL(page.url()).searchParams.get('next')).toBe(coinPath)
  } finally {
    await closeWithContext(page)
  }
})

test('panel rows and 快讯 chips link to coin pages in the page’s edition', async () => {
  const page = await newPage({ locale: 'en', viewport: { width: 1280, height: 900 } })
  try {
    await page.goto(`${server.baseUrl}/en`)
    const panelLink = page
      .getByRole('complementary')
      .locator('table')
      .getByRole('link', { name: 'BTC', exact: true })
    await panelLink.first().waitFor()
    expect(await panelLink.first().getAttribute('href')).toBe('/en/coins/bitcoin')
    await page.goto(`${server.baseUrl}/flash`)
    const flashChip = page
      .locator('main article')
      .getByRole('list')
      .getByRole('link', { name: /^[A-Z0-9]+$/ })
    expect(await flashChip.first().getAttribute('href')).toMatch(/^\/coins\/[a-z0-9-]+$/)
  } finally {
    await closeWithContext(page)
  }
})

test('every edition has the page; unknown coins and made-up cursors are the Chinese 404', async () => {
  for (const prefix of ['/zh-tw', '/en']) {
    const response = await fetch(`${server.baseUrl}${prefix}${coinPath}`)
    expect(response.status).toBe(200)
  }
  for (const url of [
    '/coins/no-such-coin',
    '/coins/Not_A_Coin',
    '/coins/%E6%AF%94',
    `${coinPath}?cursor=zzzzzzzzzz-1`,
    `${coinPath}?cursor=not-a-cursor!`,
    `${coinPath}/after/x`,
    '/en/coins/no-such-coin',
  ]) {
    const response = await fetch(`${server.baseUrl}${url}`)
    expect([url, response.status]).toEqual([url, 404])
    if (!url.startsWith('/en')) expect(await response.text()).toContain('页面不存在')
  }
  // Unreadable escapes in the cursor: refused before any route (proxy), never a 500.
  expect((await fetch(`${server.baseUrl}${coinPath}?cursor=%zz`)).status).toBe(400)
})

test('the coin’s RSS feed lists its articles; an unknown coin’s is a 404', async () => {
  const response = await fetch(`${server.baseUrl}${coinPath}/rss.xml`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('application/rss+xml')
  const text = await response.text()
  expect(XMLValidator.validate(text)).toBe(true)
  const xml = new XMLParser({ isArray: (name) => name === 'item' }).parse(text)
  const titles = (xml.rss.channel.item as { title: string }[]).map((item) => item.title)
  expect(titles).toContain(article.title)
  const linked = demoArticles.filter((a) => !a.draft && a.coins.includes(coin.marketDataId))
  expect(titles).toHaveLength(Math.min(linked.length, 50))
  expect((await fetch(`${server.baseUrl}/coins/no-such-coin/rss.xml`)).status).toBe(404)
})

/** The demo 快讯 linked to a coin, newest first. */
const demoFlashesOf = (marketDataId: string) =>
  demoFlashes
    .filter((flash) => flash.coins.includes(marketDataId))
    .sort((a, b) => a.minutesAgo - b.minutesAgo)

/** The permalinks a coin 快讯 list shows, in order. */
async function listedFlashLinks(page: Page): Promise<string[]> {
  const links = page.getByTestId('coin-flashes').getByRole('listitem').getByRole('link')
  return links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
}

const robotsOf = (page: Page) =>
  page
    .locator('meta[name="robots"]')
    .getAttribute('content', { timeout: 1000 })
    .catch(() => null)

test('更多快讯 leads to the coin’s 快讯 page, and 更早的快讯 to the next one', async () => {
  // Bitcoin has more demo 快讯 than its page shows, and more than one page of them.
  const linked = demoFlashesOf('bitcoin')
  expect(linked.length).toBeGreaterThan(COIN_FLASH_PAGE_SIZE)
  const page = await newPage()
  try {
    await page.goto(`${server.baseUrl}/coins/bitcoin`)
    expect(await listedFlashLinks(page)).toHaveLength(COIN_PAGE_FLASHES)
    await page.getByTestId('coin-flashes').getByRole('link', { name: '更多快讯' }).click()
    await page.waitForURL(`${server.baseUrl}/coins/bitcoin/flash`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bitcoin(BTC)相关快讯')
    expect(await robotsOf(page)).toBeNull()
    const first = await listedFlashLinks(page)
    expect(first).toHaveLength(COIN_FLASH_PAGE_SIZE)
    expect(first.every((href) => /^\/flash\/\w+$/.test(href))).toBe(true)
    expect(await page.getByRole('link', { name: '返回 BTC 行情与新闻' }).getAttribute('href')).toBe(
      '/coins/bitcoin',
    )
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await page.getByRole('link', { name: '更早的快讯' }).click()
    await page.waitForURL(/\/coins\/bitcoin\/flash\?cursor=[0-9a-z]+-\w+$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Bitcoin(BTC)的更早快讯',
    )
    expect(await robotsOf(page)).toContain('noindex')
    const second = await listedFlashLinks(page)
    expect(second).toHaveLength(linked.length - COIN_FLASH_PAGE_SIZE)
    expect(second.filter((href) => first.includes(href))).toEqual([])
    // The last page: no 更早的快讯.
    expect(await page.getByRole('link', { name: '更早的快讯' }).count()).toBe(0)
  } finally {
    await closeWithContext(page)
  }
})

test('the coin 快讯 page in every edition; other coins’ cursors, junk and unknown coins are 404', async () => {
  const page = await newPage({ locale: 'en', viewport: { width: 1280, height: 900 } })
  try {
    // English lists the 快讯 written in English only.
    await page.goto(`${server.baseUrl}/en/coins/bitcoin/flash`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Bitcoin (BTC) flash news',
    )
    const english = demoFlashesOf('bitcoin').filter((flash) => flash.english)
    expect(await listedFlashLinks(page)).toHaveLength(english.length)
    expect((await listedFlashLinks(page))[0]).toMatch(/^\/en\/flash\//)
  } finally {
    await closeWithContext(page)
  }
  const traditional = await fetch(`${server.baseUrl}/zh-tw/coins/bitcoin/flash`)
  expect(traditional.status).toBe(200)
  expect(await traditional.text()).toContain('相關快訊')

  // A cursor ethereum's 快讯 page wrote names a 快讯 not linked to bitcoin: not one of its pages.
  const ethereum = demoFlashesOf('ethereum')
  expect(ethereum.length).toBeGreaterThan(COIN_FLASH_PAGE_SIZE)
  expect(ethereum[COIN_FLASH_PAGE_SIZE - 1]!.coins).not.toContain('bitcoin')
  const html = await (await fetch(`${server.baseUrl}/coins/ethereum/flash`)).text()
  const ethereumCursor = html.match(/href="\/coins\/ethereum\/flash\?cursor=([^"&]+)"/)?.[1]
  expect(ethereumCursor).toBeDefined()
  expect(
    (await fetch(`${server.baseUrl}/coins/ethereum/flash?cursor=${ethereumCursor}`)).status,
  ).toBe(200)
  for (const url of [
    `/coins/bitcoin/flash?cursor=${ethereumCursor}`,
    // A 快讯's cursor is not an article page's, nor the other way round.
    `/coins/ethereum?cursor=${ethereumCursor}`,
    '/coins/bitcoin/flash?cursor=zzzzzzzzzz-1',
    '/coins/bitcoin/flash?cursor=not-a-cursor!',
    '/coins/bitcoin/flash/after/x',
    '/coins/no-such-coin/flash',
    '/coins/Not_A_Coin/flash',
    '/zh-tw/coins/no-such-coin/flash',
    '/en/coins/bitcoin/flash?cursor=zzzzzzzzzz-1',
  ]) {
    const response = await fetch(`${server.baseUrl}${url}`)
    expect([url, response.status]).toEqual([url, 404])
    if (!url.startsWith('/en') && !url.startsWith('/zh-tw'))
      expect(await response.text()).toContain('页面不存在')
  }
  expect((await fetch(`${server.baseUrl}/coins/bitcoin/flash?cursor=%zz`)).status).toBe(400)
})
