/**
 * 搜索 as a reader meets it on the production build: the header's box (a magnifier on phones),
 * the results with the words marked, a hit opened, the 快讯 tab, the 繁體 edition, and what a query
 * that cannot be searched or an edited link shows instead of an error.
 */
import { seriousAccessibilityViolations } from '@/tests/helpers/axe'
import { startServerAndBrowserForFile } from '@/tests/helpers/serverAndBrowser'

const session = startServerAndBrowserForFile()

async function newPage(width = 1280) {
  const context = await session.browser.newContext({
    locale: 'zh-CN',
    viewport: { width, height: 900 },
  })
  return context.newPage()
}

/** The hits only (a search that found nothing shows popular tags in the same region). */
const hits = (page: Awaited<ReturnType<typeof newPage>>, region = '搜索结果') =>
  page.getByRole('region', { name: region, exact: true }).locator('ol > li')

test('search 质押 from the header, see it marked in each hit, open one', async () => {
  const page = await newPage()
  await page.goto(`${session.server.baseUrl}/`)
  const box = page.getByRole('search', { name: '搜索' }).getByRole('searchbox', { name: '搜索' })
  await box.fill('质押')
  await box.press('Enter')
  await page.waitForURL(/\/search\?q=%E8%B4%A8%E6%8A%BC$/)
  await page.getByRole('heading', { level: 1, name: '“质押”的搜索结果' }).waitFor()

  const count = await hits(page).count()
  expect(count).toBeGreaterThanOrEqual(5)
  for (let index = 0; index < count; index += 1) {
    const marked = await hits(page).nth(index).locator('mark').allInnerTexts()
    expect(marked).toContain('质押')
  }
  // Titles rank above bodies: the first hit has the word in its title.
  const firstTitle = await hits(page).first().getByRole('heading').innerText()
  expect(firstTitle).toContain('质押')
  const tab = page.getByRole('navigation', { name: '搜索结果分类' })
  expect(await tab.locator('[aria-current="page"]').innerText()).toBe('文章')
  // Not for search engines, and never stored by a shared cache.
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await hits(page).first().getByRole('link').click()
  await page.waitForURL(/\/articles\//)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(firstTitle)
  await page.context().close()
})

test('the search page is answered fresh each time, never from a cache', async () => {
  const response = await fetch(
    `${session.server.baseUrl}/search?q=${encodeURIComponent('以太坊 质押')}`,
  )
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toMatch(/no-store/)
  const html = await response.text()
  expect(html).toContain('<mark>以太坊</mark>')
  expect(html).toContain('<mark>质押</mark>')
})

test('on a phone the header has a magnifier, the page has the box, nothing overflows', async () => {
  const page = await newPage(375)
  await page.goto(`${session.server.baseUrl}/`)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click()
  await page.waitForURL(/\/search$/)
  await page.getByRole('heading', { level: 1, name: '搜索' }).waitFor()
  // An empty query explains what to type and where else to go.
  await page.getByRole('heading', { level: 2, name: '提示' }).waitFor()
  await page.getByRole('heading', { level: 2, name: '热门标签' }).waitFor()
  const box = page.getByRole('main').getByRole('searchbox', { name: '搜索' })
  await box.fill('ETH 质押')
  await page.getByRole('main').getByRole('button', { name: '搜索' }).click()
  await page.waitForURL(/\/search\?q=ETH\+%E8%B4%A8%E6%8A%BC$/)
  expect(await hits(page).count()).toBeGreaterThan(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.context().close()
})

test('the 快讯 tab searches the flashes with the same words', async () => {
  const page = await newPage()
  await page.goto(`${session.server.baseUrl}/search?q=${encodeURIComponent('以太坊')}`)
  await page
    .getByRole('navigation', { name: '搜索结果分类' })
    .getByRole('link', { name: '快讯' })
    .click()
  await page.waitForURL(/tab=flashes/)
  expect(await hits(page).count()).toBeGreaterThan(0)
  await hits(page).first().getByRole('link').click()
  await page.waitForURL(/\/flash\/\d+/)
  await page.context().close()
})

test('繁體: 質押 finds the same articles, shown in 繁體 and linking within the edition', async () => {
  const page = await newPage()
  await page.goto(`${session.server.baseUrl}/search?q=${encodeURIComponent('质押')}`)
  const simplified = await hits(page).count()
  expect(simplified).toBeGreaterThan(0)
  await page.goto(`${session.server.baseUrl}/zh-tw/search?q=${encodeURIComponent('質押')}`)
  await page.getByRole('heading', { level: 1, name: '「質押」的搜尋結果' }).waitFor()
  expect(await hits(page, '搜尋結果').count()).toBe(simplified)
  expect(await hits(page, '搜尋結果').first().locator('mark').first().innerText()).toBe('質押')
  expect(await hits(page, '搜尋結果').first().getByRole('link').getAttribute('href')).toMatch(
    /^\/zh-tw\/articles\//,
  )
  await page.context().close()
})

test('odd queries and edited links get a friendly page, never an error', async () => {
  const page = await newPage()
  const tooLong = '质'.repeat(500)
  for (const [query, hint] of [
    ['', '请输入要搜索的词'],
    [tooLong, '搜索词太长了'],
    ['!!! ？？？', '搜索词里没有文字或数字'],
  ] as const) {
    const response = await page.goto(
      `${session.server.baseUrl}/search?q=${encodeURIComponent(query)}`,
    )
    expect(response?.status()).toBe(200)
    await page.getByText(hint).waitFor()
  }
  const response = await page.goto(
    `${session.server.baseUrl}/search?q=${encodeURIComponent('质押')}&cursor=title.oops&tab=nope`,
  )
  expect(response?.status()).toBe(200)
  await page.getByText('这个翻页链接已失效').waitFor()
  expect(await hits(page).count()).toBeGreaterThan(0)
  await page.context().close()
})
