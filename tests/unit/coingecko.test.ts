/** The CoinGecko provider against a stand-in CoinGecko on 127.0.0.1 (tests/helpers/fakeCoinGecko). */
import { createCoinGeckoProvider, type TCoinGeckoOptions } from '@/lib/market/coingecko/provider'
import { retryAfterMs } from '@/lib/market/coingecko/http'
import { MarketDataError } from '@/lib/market/types'
import { marketOf, startFakeCoinGecko, type TFakeCoinGecko } from '@/tests/helpers/fakeCoinGecko'

let fake: TFakeCoinGecko
const slept: number[] = []
const warnings: string[] = []

beforeAll(async () => {
  fake = await startFakeCoinGecko()
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
  fake.markets.clear()
  fake.override(undefined)
  slept.length = 0
  warnings.length = 0
})

const provider = (options: Partial<TCoinGeckoOptions> = {}) =>
  createCoinGeckoProvider({
    baseUrl: fake.baseUrl,
    timeoutMs: 2_000,
    // Waits are recorded, not slept, so 429 tests take no time.
    sleep: async (ms) => {
      slept.push(ms)
    },
    logger: { info: () => undefined, warn: (message) => warnings.push(message) },
    ...options,
  })

async function failure(promise: Promise<unknown>): Promise<MarketDataError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(MarketDataError)
    return error as MarketDataError
  }
  throw new Error('expected the call to fail')
}

describe('fetchQuotes', () => {
  test('asks /coins/markets in USD with sparklines and maps the documented shape', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin', { symbol: 'btc', name: 'Bitcoin' }))
    const quotes = await provider().fetchQuotes(['bitcoin'])
    expect(quotes).toEqual([
      {
        id: 'bitcoin',
        symbol: 'BTC',
        name: 'Bitcoin',
        price: 77671,
        marketCap: 1555886872303,
        change24h: -0.9530164743774191,
        rank: 1,
        sparkline7d: [78102.1, 77950.4, 77810.9, 77702.3, 77671.0],
        updatedAt: new Date('2026-05-18T12:49:21.599Z'),
      },
    ])
    const [request] = fake.requests
    expect(request?.path).toBe('/api/v3/coins/markets')
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      vs_currency: 'usd',
      ids: 'bitcoin',
      per_page: '250',
      page: '1',
      sparkline: 'true',
      price_change_percentage: '24h',
    })
  })

  test('sends no key header without a key, the demo header with one, the pro header on pro', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    await provider().fetchQuotes(['bitcoin'])
    await provider({ apiKey: 'demo-key' }).fetchQuotes(['bitcoin'])
    await provider({ apiKey: 'pro-key', plan: 'pro' }).fetchQuotes(['bitcoin'])
    const [none, demo, pro] = fake.requests.map((request) => request.headers)
    expect(none?.['x-cg-demo-api-key']).toBeUndefined()
    expect(none?.['x-cg-pro-api-key']).toBeUndefined()
    expect(demo?.['x-cg-demo-api-key']).toBe('demo-key')
    expect(pro?.['x-cg-pro-api-key']).toBe('pro-key')
    expect(pro?.['x-cg-demo-api-key']).toBeUndefined()
  })

  test('the pro host selects the pro header by itself', () => {
    // Only the header choice is checked here; nothing is sent to the real host.
    const requested: RequestInit[] = []
    const pro = createCoinGeckoProvider({
      baseUrl: 'https://pro-api.coingecko.com',
      apiKey: 'pro-key',
      fetch: async (_url, init) => {
        requested.push(init ?? {})
        return Response.json([])
      },
    })
    return pro.fetchQuotes(['bitcoin']).then(() => {
      expect((requested[0]?.headers as Record<string, string>)['x-cg-pro-api-key']).toBe('pro-key')
    })
  })

  test('600 ids are asked in 3 calls of at most 250, one after the other', async () => {
    const ids = Array.from({ length: 600 }, (_, index) => `coin-${index}`)
    for (const id of ids) fake.markets.set(id, marketOf(id))
    const quotes = await provider().fetchQuotes(ids)
    expect(quotes).toHaveLength(600)
    const batches = fake.requests.map((request) => (request.query.get('ids') ?? '').split(','))
    expect(batches.map((batch) => batch.length)).toEqual([250, 250, 100])
    expect(batches.flat()).toEqual(ids)
  })

  test('duplicate and malformed ids are not sent', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    await provider().fetchQuotes(['bitcoin', 'bitcoin', 'Bad Id', '../x'])
    expect(fake.requests[0]?.query.get('ids')).toBe('bitcoin')
  })

  test('ids the provider does not return are simply absent', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    const quotes = await provider().fetchQuotes(['bitcoin', 'delisted-coin'])
    expect(quotes.map((quote) => quote.id)).toEqual(['bitcoin'])
  })

  test('nulls stay null, never 0; a market cap of 0 means unknown', async () => {
    fake.markets.set(
      'new-token',
      marketOf('new-token', {
        current_price: null,
        market_cap: 0,
        market_cap_rank: null,
        price_change_percentage_24h: null,
        price_change_percentage_24h_in_currency: null,
        last_updated: null,
        sparkline_in_7d: { price: [] },
      }),
    )
    const before = Date.now()
    const [quote] = await provider().fetchQuotes(['new-token'])
    expect(quote).toMatchObject({
      price: null,
      marketCap: null,
      change24h: null,
      rank: null,
      sparkline7d: null,
    })
    // Without last_updated the fetch time stands in.
    expect(quote?.updatedAt.getTime()).toBeGreaterThanOrEqual(before)
  })

  test('HTTP 429 with Retry-After: waits that long, then retries', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.override((_request, index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': '2' }, body: { status: {} } }
        : undefined,
    )
    const quotes = await provider().fetchQuotes(['bitcoin'])
    expect(quotes).toHaveLength(1)
    expect(fake.requests).toHaveLength(2)
    expect(slept).toEqual([2000])
    expect(warnings.join('\n')).toMatch(/429/)
  })

  test('HTTP 429 with a real (short) Retry-After actually waits', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.override((_request, index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : undefined,
    )
    const started = Date.now()
    const quotes = await createCoinGeckoProvider({
      baseUrl: fake.baseUrl,
      logger: { info: () => undefined, warn: () => undefined },
    }).fetchQuotes(['bitcoin'])
    expect(quotes).toHaveLength(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  test('HTTP 429 keeps coming: gives up after the bounded retries', async () => {
    fake.override(() => ({ status: 429, headers: { 'retry-after': '1' } }))
    const error = await failure(provider({ maxRetries: 2 }).fetchQuotes(['bitcoin']))
    expect(error.kind).toBe('rate-limited')
    expect(fake.requests).toHaveLength(3)
    expect(slept).toEqual([1000, 1000])
  })

  test('HTTP 429 asking for longer than we are willing to wait fails at once', async () => {
    fake.override(() => ({ status: 429, headers: { 'retry-after': '3600' } }))
    const error = await failure(provider().fetchQuotes(['bitcoin']))
    expect(error.message).toMatch(/Retry-After 3600 s/)
    expect(fake.requests).toHaveLength(1)
    expect(slept).toEqual([])
  })

  test('HTTP 429 without Retry-After backs off exponentially', async () => {
    fake.override(() => ({ status: 429 }))
    await failure(provider({ maxRetries: 2 }).fetchQuotes(['bitcoin']))
    expect(slept).toEqual([2000, 4000])
  })

  test('an interactive call does not wait on 429', async () => {
    fake.override(() => ({ status: 429, headers: { 'retry-after': '1' } }))
    const error = await failure(provider().fetchQuotes(['bitcoin'], { interactive: true }))
    expect(error.kind).toBe('rate-limited')
    expect(fake.requests).toHaveLength(1)
  })

  test('no answer within the timeout', async () => {
    fake.override(() => ({ delayMs: 2_000, body: [] }))
    const started = Date.now()
    const error = await failure(provider({ timeoutMs: 150 }).fetchQuotes(['bitcoin']))
    expect(error.kind).toBe('timeout')
    expect(error.message).toMatch(/no answer within 150 ms/)
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  test('HTTP 500 fails with the status, without retrying', async () => {
    fake.override(() => ({ status: 500, body: 'upstream exploded' }))
    const error = await failure(provider().fetchQuotes(['bitcoin']))
    expect(error.kind).toBe('http')
    expect(error.message).toMatch(/HTTP 500 upstream exploded/)
    expect(fake.requests).toHaveLength(1)
  })

  test('a body that is not JSON', async () => {
    fake.override(() => ({ body: '[{"id": "bitcoin", "current_price": 1' }))
    const error = await failure(provider().fetchQuotes(['bitcoin']))
    expect(error.kind).toBe('malformed')
    expect(error.message).toMatch(/not JSON/)
  })

  test.each([
    ['a missing figure', { current_price: undefined }, /\[0\]\.current_price/],
    ['a figure of the wrong type', { market_cap: '1.5e12' }, /\[0\]\.market_cap/],
    ['a negative price', { current_price: -1 }, /\[0\]\.current_price/],
    ['a fractional rank', { market_cap_rank: 1.5 }, /\[0\]\.market_cap_rank/],
    ['a sparkline of strings', { sparkline_in_7d: { price: ['1'] } }, /sparkline_in_7d/],
  ] as [string, Record<string, unknown>, RegExp][])(
    '%s rejects the whole answer and names the field',
    async (_name, overrides, reason) => {
      // JSON drops an undefined value: the key is missing from the answer.
      const broken = marketOf('bitcoin', overrides)
      fake.override(() => ({ body: [marketOf('ethereum'), broken].reverse() }))
      const error = await failure(provider().fetchQuotes(['bitcoin', 'ethereum']))
      expect(error.kind).toBe('malformed')
      expect(error.message).toMatch(reason)
    },
  )

  test('an object where a list belongs (e.g. an error document) is rejected', async () => {
    fake.override(() => ({ body: { status: { error_code: 10002, error_message: 'missing key' } } }))
    const error = await failure(provider().fetchQuotes(['bitcoin']))
    expect(error.kind).toBe('malformed')
  })

  test('a refused connection is a network failure', async () => {
    const closed = await startFakeCoinGecko()
    await closed.close()
    const error = await failure(
      createCoinGeckoProvider({ baseUrl: closed.baseUrl }).fetchQuotes(['bitcoin']),
    )
    expect(error.kind).toBe('network')
  })
})

describe('searchCoins', () => {
  test('asks /search and maps coins with their rank and thumbnail', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin', { name: 'Bitcoin', symbol: 'btc' }))
    const results = await provider().searchCoins(' bitc ')
    expect(fake.requests[0]?.path).toBe('/api/v3/search')
    expect(fake.requests[0]?.query.get('query')).toBe('bitc')
    expect(results).toEqual([
      {
        id: 'bitcoin',
        symbol: 'BTC',
        name: 'Bitcoin',
        rank: 1,
        thumb: expect.stringMatching(/^https:\/\/coin-images/),
      },
    ])
  })

  test('a malformed search answer is rejected', async () => {
    fake.override(() => ({ body: { coins: [{ id: 'bitcoin' }] } }))
    const error = await failure(provider().searchCoins('bitcoin'))
    expect(error.kind).toBe('malformed')
  })
})

describe('retryAfterMs', () => {
  const now = new Date('2026-05-18T12:00:00Z')
  test.each([
    ['5', 5000],
    [' 0 ', 0],
    ['Mon, 18 May 2026 12:00:30 GMT', 30_000],
    ['Mon, 18 May 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%p → %p ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected)
  })
})
