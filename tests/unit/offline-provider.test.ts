import { createOfflineProvider } from '@/lib/market/offline/provider'
import { SAMPLE_QUOTES } from '@/lib/market/offline/sampleQuotes'
import { createMarketDataProvider } from '@/lib/market/provider'
import { parseEnv } from '@/lib/env'
import { demoCoins } from '@/lib/seed/coins'

describe('the offline provider', () => {
  const now = new Date('2026-05-18T12:00:00Z')
  const provider = createOfflineProvider({ now: () => now })

  test('is labelled as sample data (示例数据)', () => {
    expect(provider.name).toBe('offline')
    expect(provider.isSampleData).toBe(true)
  })

  test('has a quote with a 7-day sparkline for every demo coin, with the seed figures', async () => {
    const quotes = await provider.fetchQuotes(demoCoins.map((coin) => coin.marketDataId))
    expect(quotes).toHaveLength(demoCoins.length)
    for (const coin of demoCoins) {
      const quote = quotes.find((candidate) => candidate.id === coin.marketDataId)
      expect(quote).toMatchObject({
        symbol: coin.symbol,
        name: coin.name,
        price: coin.price,
        marketCap: coin.marketCap,
        change24h: coin.change24h,
        rank: coin.rank,
        updatedAt: now,
      })
      expect(quote?.sparkline7d).toHaveLength(42)
      // The last point is the price; the point 24 hours (6 points) earlier matches change24h.
      expect(quote?.sparkline7d?.at(-1)).toBe(coin.price)
      const dayAgo = quote?.sparkline7d?.at(-7) ?? 0
      expect(((coin.price - dayAgo) / dayAgo) * 100).toBeCloseTo(coin.change24h, 1)
    }
  })

  test('knows a few coins that are not seeded, so adding a coin can be tried offline', () => {
    const seeded = new Set<string>(demoCoins.map((coin) => coin.marketDataId))
    expect(SAMPLE_QUOTES.filter((quote) => !seeded.has(quote.id)).length).toBeGreaterThan(0)
  })

  test('unknown ids are left out; search matches symbol, name or id', async () => {
    expect(await provider.fetchQuotes(['no-such-coin'])).toEqual([])
    expect((await provider.searchCoins('btc')).map((coin) => coin.id)).toEqual(['bitcoin'])
    expect((await provider.searchCoins('Ethereum')).map((coin) => coin.id)).toEqual([
      'ethereum',
      'ethereum-classic',
    ])
    expect(await provider.searchCoins('  ')).toEqual([])
  })

  test('a caller cannot change the fixture through a returned quote', async () => {
    const [first] = await provider.fetchQuotes(['bitcoin'])
    first?.sparkline7d?.push(0)
    const [again] = await provider.fetchQuotes(['bitcoin'])
    expect(again?.sparkline7d).toHaveLength(42)
  })
})

describe('createMarketDataProvider', () => {
  test('offline by default, CoinGecko when asked', () => {
    expect(createMarketDataProvider(parseEnv({})).name).toBe('offline')
    const coingecko = createMarketDataProvider(parseEnv({ MARKET_PROVIDER: 'coingecko' }))
    expect(coingecko.name).toBe('coingecko')
    expect(coingecko.isSampleData).toBe(false)
  })
})
