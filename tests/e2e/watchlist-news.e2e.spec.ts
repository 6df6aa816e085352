/**
 * 自选资讯 on the production build: a visitor is invited to log in, a reader with an empty
 * watchlist is told how to add coins, and once they add one its articles and 快讯 are listed
 * (on /watchlist/news and in the 我的自选 panel's tab), each with the coin that matched.
 */
import type { Page } from 'playwright-core'

import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { signedInReaderContext } from '@/tests/helpers/readerAccount'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

const session = startServerAndBrowserForFile()
const VIEWPORT = { width: 1280, height: 900 }

const newsItems = (page: Page) => page.getByRole('main').locator('ol > li')

test('a visitor is invited to log in, on the page and in the panel’s tab', async () => {
  const page = await (
    await session.browser.newContext({ locale: 'zh-CN', viewport: VIEWPORT })
  ).newPage()
  await page.goto(`${session.server.baseUrl}/watchlist/news`)
  await page.getByRole('heading', { level: 1, name: '自选资讯' }).waitFor()
  await page.getByText('登录后，这里会列出你自选币种的文章和快讯。').waitFor()
  const login = page.getByRole('main').getByRole('link', { name: '去登录' })
  expect(await login.getAttribute('href')).toBe('/login?next=/watchlist/news')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await page.goto(`${session.server.baseUrl}/`)
  const panel = page.getByRole('complementary')
  await panel.getByRole('tab', { name: '自选资讯' }).click()
  await panel.getByText('登录后，这里会列出你自选币种的文章和快讯。').waitFor()
  await page.context().close()
})

test('a reader adds a coin and finds its news in 自选资讯', async () => {
  const { context } = await signedInReaderContext(session.browser, session.server.baseUrl, {
    locale: 'zh-CN',
    viewport: VIEWPORT,
  })
  const page = await context.newPage()
  // An empty watchlist says how to fill it, and leads there.
  await page.goto(`${session.server.baseUrl}/watchlist/news`)
  await page.getByText('你的自选还没有币种。').waitFor()
  await page.getByRole('main').getByRole('link', { name: '去添加自选' }).click()
  await page.waitForURL(/\/watchlist$/)
  await page.getByLabel('按代码、名称或别名搜索').fill('SOL')
  await page
    .getByRole('button', { name: /^添加 SOL/ })
    .first()
    .click()
  await page.getByRole('button', { name: '移除 SOL' }).waitFor()

  await page.goto(`${session.server.baseUrl}/watchlist/news`)
  await newsItems(page).first().waitFor()
  const count = await newsItems(page).count()
  expect(count).toBeGreaterThan(0)
  // Each item is linked to SOL and says so; articles and 快讯 are told apart.
  for (let index = 0; index < count; index += 1) {
    const chips = newsItems(page).nth(index).getByRole('list', { name: '相关自选币种' })
    expect(await chips.innerText()).toBe('SOL')
  }
  // A chip leads to its coin's page.
  expect(
    await newsItems(page)
      .first()
      .getByRole('link', { name: 'SOL', exact: true })
      .getAttribute('href'),
  ).toBe('/coins/solana')
  const kinds = await newsItems(page).locator('a > span').allInnerTexts()
  expect(new Set(kinds)).toEqual(new Set(['文章', '快讯']))
  // Newest first.
  const times = await newsItems(page)
    .locator('time')
    .evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute('datetime') ?? '')))
  expect(times).toEqual([...times].sort((a, b) => b - a))
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  // The newest article is about SOL.
  const article = newsItems(page).filter({ hasText: '文章' }).first()
  const titleLink = article.getByRole('link').first()
  const title = (await titleLink.innerText()).replace(/^文章\s*/, '')
  await titleLink.click()
  await page.waitForURL(/\/articles\//)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title)

  // The panel's tab shows the newest few and leads to the whole list.
  await page.goto(`${session.server.baseUrl}/`)
  const panel = page.getByRole('complementary')
  await panel.getByRole('tab', { name: '自选资讯' }).click()
  await panel.getByRole('tabpanel').locator('ol > li').first().waitFor()
  expect(await panel.getByRole('tabpanel').locator('ol > li').count()).toBeLessThanOrEqual(6)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await panel.getByRole('link', { name: '查看全部自选资讯' }).click()
  await page.waitForURL(/\/watchlist\/news$/)

  // On a phone the list fits the width.
  await page.setViewportSize({ width: 375, height: 800 })
  await newsItems(page).first().waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await context.close()
})
