/**
 * A new user on the production build: registers, logs in, bookmarks an article and finds it in
 * 我的收藏, keeps a 我的自选 list (add two coins, reorder, remove one) that survives a reload; a
 * visitor clicking 收藏 is sent to log in and comes back. Each test has a browser context and an
 * account of its own, so any one of them runs alone.
 */
import path from 'node:path'
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { launchChromium, SCREENSHOT_DIR } from '@/tests/helpers/browser'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { newReaderAccount, signedInReaderContext } from '@/tests/helpers/readerAccount'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

let server: TProductionServer
let browser: Browser

const article = demoArticles.filter((a) => !a.draft)[3]!
const articlePath = `/articles/${demoArticleSlug(article)}`
const CONTEXT_OPTIONS: BrowserContextOptions = {
  locale: 'zh-CN',
  viewport: { width: 1280, height: 900 },
}

/** A new page in a context signed in as a reader account made for this test alone. */
async function signedInPage(): Promise<Page> {
  const { context } = await signedInReaderContext(browser, server.baseUrl, CONTEXT_OPTIONS)
  return context.newPage()
}

/** Closes the page with its context (each test has its own). */
const closeWithContext = (page: Page) => page.context().close()

beforeAll(async () => {
  server = await startProductionServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })

/** The symbols of /watchlist in order, read from each row's 移除 button (e.g. "移除 BTC"). */
async function watchlistSymbols(page: Page): Promise<string[]> {
  const removeButtons = page.getByRole('button', { name: /^移除 / })
  await removeButtons.first().waitFor()
  const labels = await removeButtons.evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  )
  return labels.map((label) => label.replace(/^移除 /, ''))
}

/** The symbols of a panel table's coin rows, in order ("SOL691.00亿$148.37+3.27%": it leads). */
async function panelSymbols(rows: Locator): Promise<string[]> {
  const texts = await rows.locator('tr:has(td)').allTextContents()
  return texts.map((row) => row.trim().match(/^[A-Z]+/)?.[0] ?? row)
}

test('a visitor clicking 收藏 is sent to log in and comes back to the article', async () => {
  const user = newReaderAccount()
  const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage()
  await page.goto(`${server.baseUrl}${articlePath}`)
  await page.getByRole('button', { name: '收藏' }).click()
  await page.waitForURL(/\/login\?next=/)
  expect(decodeURIComponent(new URL(page.url()).searchParams.get('next') ?? '')).toBe(articlePath)
  await shot(page, 'login-1280')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.getByRole('link', { name: /注册/ }).last().click()
  await page.waitForURL(/\/register\?next=/)
  await page.getByLabel('显示名称').fill(user.name)
  await page.getByLabel('邮箱').fill(user.email)
  await page.getByLabel('密码', { exact: true }).fill(user.password)
  await page.getByLabel('确认密码').fill(user.password)
  await page.getByRole('button', { name: '注册' }).click()
  await page.waitForURL(new RegExp(`${articlePath}$`))
  await page.getByRole('link', { name: user.name }).waitFor()
  await closeWithContext(page)
})

test('a user bookmarks the article and finds it in 我的收藏', async () => {
  const page = await signedInPage()
  await page.goto(`${server.baseUrl}${articlePath}`)
  const button = page.getByRole('button', { name: /收藏/ }).first()
  await page.waitForFunction(() => document.querySelector('button[aria-pressed]') !== null)
  await button.click()
  await page.locator('button[aria-pressed="true"]').waitFor()
  await page.reload()
  await page.locator('button[aria-pressed="true"]').waitFor()
  await page.goto(`${server.baseUrl}/account`)
  const bookmarks = page.getByRole('region', { name: '我的收藏' })
  await bookmarks.getByRole('link', { name: article.title }).waitFor()
  await shot(page, 'account-1280')
  await closeWithContext(page)
})

test('a user adds two coins to 我的自选, reorders, removes one, and finds the same after a reload', async () => {
  const page = await signedInPage()
  await page.goto(`${server.baseUrl}/watchlist`)
  const search = page.getByLabel('按代码、名称或别名搜索')
  for (const symbol of ['BTC', 'SOL']) {
    await search.fill(symbol)
    await page
      .getByRole('button', { name: new RegExp(`^添加 ${symbol}`) })
      .first()
      .click()
    await page.getByRole('button', { name: `移除 ${symbol}` }).waitFor()
  }
  expect(await watchlistSymbols(page)).toEqual(['BTC', 'SOL'])
  await page.getByRole('button', { name: '上移 SOL' }).focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() =>
    document.querySelector('main table tbody tr')?.textContent?.includes('SOL'),
  )
  expect(await watchlistSymbols(page)).toEqual(['SOL', 'BTC'])
  await page.getByRole('button', { name: '移除 BTC' }).click()
  await page.getByRole('button', { name: '移除 BTC' }).waitFor({ state: 'detached' })
  await search.fill('ETH')
  await page
    .getByRole('button', { name: /^添加 ETH/ })
    .first()
    .click()
  await page.getByRole('button', { name: '移除 ETH' }).waitFor()
  await shot(page, 'watchlist-1280')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.reload()
  expect(await watchlistSymbols(page)).toEqual(['SOL', 'ETH'])

  // The sidebar panel on the feed shows the same list.
  await page.goto(`${server.baseUrl}/`)
  const panel = page.getByRole('complementary').getByRole('table')
  await panel.getByText('SOL', { exact: true }).waitFor()
  expect(await panelSymbols(panel.locator('tbody').first())).toEqual(['SOL', 'ETH'])
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto(`${server.baseUrl}/watchlist`)
  await watchlistSymbols(page)
  await shot(page, 'watchlist-375')
  await closeWithContext(page)
})

test('a new reader’s 我的自选 panel shows 热门币种 and 添加自选, then their coins found by Chinese name and alias first', async () => {
  const user = newReaderAccount()
  const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage()
  await page.goto(`${server.baseUrl}/register`)
  await page.getByLabel('显示名称').fill(user.name)
  await page.getByLabel('邮箱').fill(user.email)
  await page.getByLabel('密码', { exact: true }).fill(user.password)
  await page.getByLabel('确认密码').fill(user.password)
  await page.getByRole('button', { name: '注册' }).click()
  await page.waitForURL(`${server.baseUrl}/`)

  // Not an empty box: the market's top coins under 热门币种, and a way to add one's own.
  const panel = page.getByRole('complementary').getByRole('table')
  const popular = panel.getByTestId('panel-popular')
  await popular.getByText('热门币种', { exact: true }).waitFor()
  expect(await panel.locator('tbody').count()).toBe(1)
  expect(await panelSymbols(popular)).toEqual([
    'BTC',
    'ETH',
    'USDT',
    'BNB',
    'SOL',
    'USDC',
    'XRP',
    'DOGE',
    'TON',
  ])
  await page.getByRole('complementary').getByText('还没有自选币种').waitFor()
  await shot(page, 'panel-new-reader-1280')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  // 添加自选 leads to /watchlist, where a Chinese name and an alias find their coins.
  await page.getByRole('link', { name: '添加自选' }).click()
  await page.waitForURL(`${server.baseUrl}/watchlist`)
  const search = page.getByLabel('按代码、名称或别名搜索')
  for (const [query, symbol, nameZh] of [
    ['以太坊', 'ETH', '以太坊'],
    ['大饼', 'BTC', '比特币'],
  ] as const) {
    await search.fill(query)
    const results = page.getByRole('list', { name: '搜索结果' })
    await results.getByText(`${nameZh} · `, { exact: false }).first().waitFor()
    await page.getByRole('button', { name: `添加 ${symbol}(${nameZh})` }).click()
    await page.getByRole('button', { name: `移除 ${symbol}` }).waitFor()
  }

  // Back home: the reader's coins first, then the top coins not on the list.
  await page.goto(`${server.baseUrl}/`)
  const mine = panel.locator('tbody').first()
  await mine.getByText('ETH', { exact: true }).waitFor()
  expect(await panelSymbols(mine)).toEqual(['ETH', 'BTC'])
  expect((await panelSymbols(popular)).slice(0, 3)).toEqual(['USDT', 'BNB', 'SOL'])
  await page.getByRole('link', { name: '添加自选' }).waitFor()
  await shot(page, 'panel-short-list-1280')
  await closeWithContext(page)
})

test('after logging out, the account page sends the visitor to log in', async () => {
  const page = await signedInPage()
  await page.goto(`${server.baseUrl}/account`)
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.waitForURL(`${server.baseUrl}/`)
  await page.goto(`${server.baseUrl}/account`)
  await page.waitForURL(/\/login\?next=%2Faccount|\/login\?next=\/account/)
  await closeWithContext(page)
})
