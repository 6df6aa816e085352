/**
 * Live market data on the production build: with CoinGecko (here a stand-in on 127.0.0.1) the
 * panel shows the served prices within one refresh period; when the provider goes away it keeps
 * the last good figures and marks them 数据延迟 after three periods.
 */
import type { Browser } from 'playwright-core'

import { launchChromium } from '@/tests/helpers/browser'
import { marketOf, startFakeCoinGecko, type TFakeCoinGecko } from '@/tests/helpers/fakeCoinGecko'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { demoCoins } from '@/lib/seed/coins'

const REFRESH_SECONDS = 2
let coingecko: TFakeCoinGecko
let server: TProductionServer
let browser: Browser

beforeAll(async () => {
  coingecko = await startFakeCoinGecko()
  for (const coin of demoCoins) {
    coingecko.markets.set(
      coin.marketDataId,
      marketOf(coin.marketDataId, {
        symbol: coin.symbol.toLowerCase(),
        name: coin.name,
        market_cap_rank: coin.rank,
        current_price: coin.marketDataId === 'bitcoin' ? 12345.67 : 1.5,
        price_change_percentage_24h: 4.2,
      }),
    )
  }
  server = await startProductionServer({
    MARKET_PROVIDER: 'coingecko',
    COINGECKO_BASE_URL: coingecko.baseUrl,
    MARKET_REFRESH_SECONDS: String(REFRESH_SECONDS),
  })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await coingecko?.close()
})

type TPanel = { coins: { symbol: string; price: number | null; priceUpdatedAt: string | null }[] }

async function panel(): Promise<TPanel> {
  return (await fetch(`${server.baseUrl}/api/watchlists/panel`)).json() as Promise<TPanel>
}

async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  limitMs: number,
) {
  const started = Date.now()
  let value = await read()
  while (!check(value)) {
    if (Date.now() - started > limitMs)
      throw new Error(`not reached in ${limitMs} ms: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return Date.now() - started
}

test('the served price reaches the panel within a refresh period of the first run', async () => {
  const btc = (value: TPanel) => value.coins.find((coin) => coin.symbol === 'BTC')
  // The scheduler's first run waits 5 s after start-up; then one period at most.
  await eventually(
    panel,
    (value) => btc(value)?.price === 12345.67,
    5_000 + REFRESH_SECONDS * 1000 + 5_000,
  )
  expect(coingecko.requests.some((request) => request.path === '/api/v3/coins/markets')).toBe(true)
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  await page.goto(`${server.baseUrl}/`)
  const row = page.getByRole('complementary').locator('tr', { hasText: 'BTC' })
  await row.getByText('$12,345.67').waitFor()
  expect(await page.getByRole('complementary').getByText('示例数据').count()).toBe(0)
  await page.close()
})

test('with the provider gone, the last good figures stay and are marked 数据延迟', async () => {
  await coingecko.close()
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  // Three periods without a successful refresh, plus one for the next failed attempt.
  await new Promise((resolve) => setTimeout(resolve, (REFRESH_SECONDS * 4 + 1) * 1000))
  await page.goto(`${server.baseUrl}/`)
  const row = page.getByRole('complementary').locator('tr', { hasText: 'BTC' })
  await row.getByText('$12,345.67').waitFor()
  await row.getByText('数据延迟').waitFor()
  expect(server.logs()).toMatch(/market refresh/i)
  await page.close()
})
