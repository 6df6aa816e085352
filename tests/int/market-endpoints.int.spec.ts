/**
 * /api/coins/quotes, /search and /adopt over real HTTP on loopback, with MARKET_PROVIDER=coingecko
 * pointed at a stand-in CoinGecko on 127.0.0.1, so no test depends on the network.
 */
import type { Payload } from 'payload'

import { INTERACTIVE_CALLS_PER_MINUTE, interactiveCalls } from '@/lib/market/callBudget'
import { getMarketDataProvider } from '@/lib/market/provider'
import { refreshMarketData } from '@/lib/market/refresh'
import { RATE_LIMIT_RULES } from '@/lib/rateLimit/rules'
import { forgetPoints } from '@/lib/rateLimit/spend'
import { marketOf, startFakeCoinGecko, type TFakeCoinGecko } from '@/tests/helpers/fakeCoinGecko'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let fake: TFakeCoinGecko
let actors: TActors
const quiet = { info: () => undefined, warn: () => undefined }

// Each call from another client address: this file is about the endpoints, not their rate limits.
const { api, signIn } = createRestClient<'readerA' | 'readerB' | 'editor'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

beforeAll(async () => {
  fake = await startFakeCoinGecko()
  process.env.MARKET_PROVIDER = 'coingecko'
  process.env.COINGECKO_BASE_URL = fake.baseUrl
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'readerB', 'editor'] as const) {
    await signIn(name, actors[name].email)
  }
  for (const [marketDataId, symbol, name, rank] of [
    ['bitcoin', 'BTC', '比特币 Bitcoin', 1],
    ['ethereum', 'ETH', '以太坊 Ethereum', 2],
    ['solana', 'SOL', 'Solana', 5],
  ] as const) {
    await payload.create({
      collection: 'coins',
      data: { marketDataId, symbol, name, rank },
      overrideAccess: true,
    })
  }
})
afterAll(async () => {
  await server?.close()
  await fake?.close()
  await context?.cleanup()
})
beforeEach(async () => {
  fake.override(undefined)
  fake.requests.length = 0
  interactiveCalls.reset()
  // Each test starts with the readers' provider budgets whole; one test spends them on purpose.
  for (const name of ['readerA', 'readerB', 'editor'] as const) {
    await forgetPoints('coinProviderSearchPerUser', String(actors[name].id))
    await forgetPoints('coinAdoptPerUser', String(actors[name].id))
  }
})

const providerSearches = () =>
  fake.requests.filter((request) => request.path === '/api/v3/search').length

describe('GET /api/coins/quotes', () => {
  test('shows the figures the provider served after a refresh, never calling the provider itself', async () => {
    const justNow = new Date().toISOString()
    fake.markets.set(
      'bitcoin',
      marketOf('bitcoin', { current_price: 81234.5, last_updated: justNow }),
    )
    fake.markets.set(
      'ethereum',
      marketOf('ethereum', { current_price: null, last_updated: justNow }),
    )
    const run = await refreshMarketData(payload, {
      provider: getMarketDataProvider(),
      refreshSeconds: 60,
      ignoreCooldown: true,
      logger: quiet,
    })
    expect(run.status).toBe('done')
    fake.requests.length = 0

    const bitcoin = await payload.find({
      collection: 'coins',
      where: { marketDataId: { equals: 'bitcoin' } },
      overrideAccess: true,
    })
    const response = await api(`/api/coins/quotes?ids=ethereum,${bitcoin.docs[0]?.id},nope`)
    expect(response.status).toBe(200)
    expect(response.body.sampleData).toBe(false)
    expect(response.body.refreshSeconds).toBe(60)
    expect(response.body.notFound).toEqual(['nope'])
    expect(response.body.docs).toEqual([
      expect.objectContaining({ marketDataId: 'ethereum', price: null, stale: false }),
      expect.objectContaining({
        marketDataId: 'bitcoin',
        symbol: 'BTC',
        price: 81234.5,
        priceUpdatedAt: justNow,
        sparkline7d: [78102.1, 77950.4, 77810.9, 77702.3, 77671],
        stale: false,
      }),
    ])
    expect(fake.requests).toHaveLength(0)
  })

  test('with the provider gone, the last good figures stay and are marked stale after 3 periods', async () => {
    const fourMinutesAgo = new Date(Date.now() - 4 * 60_000).toISOString()
    fake.markets.set(
      'solana',
      marketOf('solana', { current_price: 150.25, last_updated: fourMinutesAgo }),
    )
    await refreshMarketData(payload, {
      provider: getMarketDataProvider(),
      refreshSeconds: 60,
      ignoreCooldown: true,
      logger: quiet,
    })
    fake.override(() => ({ status: 503, body: 'down for maintenance' }))
    const failed = await refreshMarketData(payload, {
      provider: getMarketDataProvider(),
      refreshSeconds: 60,
      ignoreCooldown: true,
      logger: quiet,
    })
    expect(failed.status).toBe('failed')
    const response = await api('/api/coins/quotes?ids=solana')
    expect(response.body.docs[0]).toMatchObject({ price: 150.25, stale: true })
  })

  test.each([
    ['no ids', '/api/coins/quotes', /ids is required/],
    ['an empty list', '/api/coins/quotes?ids=', /ids is required/],
    ['only commas', '/api/coins/quotes?ids=,,,', /ids is required/],
    ['odd characters', '/api/coins/quotes?ids=bitcoin,%3Cscript%3E', /only a-z, 0-9/],
    ['a quote', "/api/coins/quotes?ids=bitcoin'--", /only a-z, 0-9/],
    ['an operator', '/api/coins/quotes?ids[$ne]=x', /ids is required|only a-z/],
    [
      '1,000 ids',
      `/api/coins/quotes?ids=${Array.from({ length: 1000 }, (_, i) => `coin-${i}`).join(',')}`,
      /at most 250 ids/,
    ],
    [
      '251 ids',
      `/api/coins/quotes?ids=${Array.from({ length: 251 }, (_, i) => `c${i}`).join(',')}`,
      /at most 250/,
    ],
  ])('%s → 400 with a message', async (_name, path, message) => {
    const response = await api(path)
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(message)
  })

  test('250 ids are fine', async () => {
    const ids = Array.from({ length: 249 }, (_, i) => `c${i}`).concat('bitcoin')
    const response = await api(`/api/coins/quotes?ids=${ids.join(',')}`)
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { marketDataId: string }) => doc.marketDataId)).toEqual([
      'bitcoin',
    ])
  })
})

describe('GET /api/coins/search', () => {
  test('finds a listed coin by symbol, case-insensitively, and marks it as in the collection', async () => {
    const response = await api('/api/coins/search?q=btc')
    expect(response.status).toBe(200)
    expect(response.body.results[0]).toMatchObject({
      marketDataId: 'bitcoin',
      symbol: 'BTC',
      inCollection: true,
      coinId: expect.anything(),
    })
  })

  test('finds a listed coin by its Latin name and by its Chinese name', async () => {
    const latin = await api('/api/coins/search?q=ETHEREUM')
    expect(latin.body.results[0]).toMatchObject({ marketDataId: 'ethereum', inCollection: true })
    const chinese = await api(`/api/coins/search?q=${encodeURIComponent('以太')}`)
    expect(chinese.status).toBe(200)
    expect(chinese.body.results[0]).toMatchObject({ marketDataId: 'ethereum', inCollection: true })
  })

  test('adds what the provider knows, marked as not yet in the collection, after listed coins', async () => {
    fake.markets.set('bitcoin', marketOf('bitcoin', { name: 'Bitcoin', symbol: 'btc' }))
    fake.markets.set(
      'bitcoin-cash',
      marketOf('bitcoin-cash', { name: 'Bitcoin Cash', symbol: 'bch' }),
    )
    const response = await api('/api/coins/search?q=bitcoin', { as: 'readerA' })
    expect(response.body.provider).toEqual({ name: 'coingecko', sampleData: false, ok: true })
    const results = response.body.results as { marketDataId: string; inCollection: boolean }[]
    expect(results.map((hit) => [hit.marketDataId, hit.inCollection])).toEqual([
      ['bitcoin', true],
      ['bitcoin-cash', false],
    ])
    // Asked once; the same query again is answered from the cache.
    await api('/api/coins/search?q=Bitcoin', { as: 'readerB' })
    expect(providerSearches()).toBe(1)
  })

  test('a provider failure still answers with the listed coins', async () => {
    fake.override(() => ({ status: 429, headers: { 'retry-after': '30' } }))
    const response = await api('/api/coins/search?q=sol', { as: 'readerA' })
    expect(response.status).toBe(200)
    expect(response.body.provider.ok).toBe(false)
    expect(response.body.results[0]).toMatchObject({ marketDataId: 'solana', inCollection: true })
  })

  test.each([
    ['empty', '/api/coins/search?q=', /q is required/],
    ['blank', '/api/coins/search?q=%20%20', /q is required/],
    ['missing', '/api/coins/search', /q is required/],
    ['41 characters', `/api/coins/search?q=${'a'.repeat(41)}`, /at most 40/],
    ['a LIKE wildcard', '/api/coins/search?q=%25', /only letters, digits/],
    ['an underscore', '/api/coins/search?q=a_b', /only letters, digits/],
    ['markup', '/api/coins/search?q=%3Cb%3E', /only letters, digits/],
    ['a regex', '/api/coins/search?q=.*(a', /only letters, digits/],
  ])('%s → 400 with a message', async (_name, path, message) => {
    const response = await api(path)
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(message)
  })
})

describe('POST /api/coins/adopt', () => {
  test('a stranger may not add coins', async () => {
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      json: { marketDataId: 'sui' },
    })
    expect(response.status).toBe(401)
    expect(response.body.error).toMatch(/log in/)
  })

  test('the login cookie sent from another site does not count', async () => {
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      headers: { origin: 'https://evil.example' },
      json: { marketDataId: 'sui' },
    })
    expect(response.status).toBe(401)
  })

  test('an id the provider does not know → 404, nothing created', async () => {
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'no-such-coin' },
    })
    expect(response.status).toBe(404)
    expect(response.body.error).toMatch(/does not know "no-such-coin"/)
    const count = await payload.count({
      collection: 'coins',
      where: { marketDataId: { equals: 'no-such-coin' } },
    })
    expect(count.totalDocs).toBe(0)
  })

  test.each([
    ['no body', undefined, /JSON object/],
    ['not JSON', 'marketDataId=sui', /JSON object/],
    ['an array', [], /JSON object/],
    ['no id', {}, /marketDataId is required/],
    ['a number', { marketDataId: 42 }, /marketDataId is required/],
    ['odd characters', { marketDataId: '../../etc' }, /only a-z/],
    ['an operator', { marketDataId: { $ne: null } }, /marketDataId is required/],
  ])('%s → 400', async (_name, body, message) => {
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      ...(typeof body === 'string'
        ? { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }
        : body === undefined
          ? {}
          : { json: body }),
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(message)
  })

  test('a reader adopts a coin the provider knows: created once with the provider’s data', async () => {
    fake.markets.set(
      'sui',
      marketOf('sui', { symbol: 'sui', name: 'Sui', current_price: 1.18, market_cap_rank: 33 }),
    )
    const first = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: ' SUI ' },
    })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      created: true,
      doc: { marketDataId: 'sui', symbol: 'SUI', name: 'Sui', price: 1.18, rank: 33 },
    })
    const again = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'sui' },
    })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ created: false, doc: { id: first.body.doc.id } })
    const count = await payload.count({
      collection: 'coins',
      where: { marketDataId: { equals: 'sui' } },
    })
    expect(count.totalDocs).toBe(1)
  })

  test('a listed coin is returned without asking the provider', async () => {
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'bitcoin' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.symbol).toBe('BTC')
    expect(fake.requests).toHaveLength(0)
  })

  test('the provider down → 503 with a message, nothing created', async () => {
    fake.override(() => ({ status: 500 }))
    const response = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'aptos' },
    })
    expect(response.status).toBe(503)
    expect(response.body.error).toMatch(/unavailable/)
  })

  test('readers still cannot create coins through the normal REST route', async () => {
    const response = await api('/api/coins', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'direct', symbol: 'DIR', name: 'Direct' },
    })
    expect(response.status).toBe(403)
  })

  test('nobody writes sparklines through the normal REST route, not even editors', async () => {
    const created = await api('/api/coins', {
      method: 'POST',
      as: 'editor',
      json: { marketDataId: 'edited', symbol: 'EDT', name: 'Edited', sparkline7d: [1, 2, 3] },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.sparkline7d ?? null).toBeNull()
  })
})

describe('the provider quota', () => {
  test(`readers cause at most ${INTERACTIVE_CALLS_PER_MINUTE} provider calls a minute; then the database answers`, async () => {
    for (let i = 0; i < INTERACTIVE_CALLS_PER_MINUTE; i++) {
      const reader = i % 2 ? 'readerA' : 'readerB'
      expect((await api(`/api/coins/search?q=quota${i}`, { as: reader })).body.provider.ok).toBe(
        true,
      )
    }
    const search = await api('/api/coins/search?q=sol', { as: 'readerA' })
    expect(search.status).toBe(200)
    expect(search.body.provider.ok).toBe(false)
    expect(search.body.results[0]).toMatchObject({ marketDataId: 'solana' })
    const adopt = await api('/api/coins/adopt', {
      method: 'POST',
      as: 'readerA',
      json: { marketDataId: 'cardano' },
    })
    expect(adopt.status).toBe(503)
    expect(fake.requests).toHaveLength(INTERACTIVE_CALLS_PER_MINUTE)
  })
})

describe('visitors search the collection only', () => {
  test('a visitor’s search never reaches the provider, by Latin or Chinese name or by symbol', async () => {
    await payload.create({
      collection: 'coins',
      data: { marketDataId: 'dogecoin', symbol: 'DOGE', name: '狗狗币' },
      overrideAccess: true,
    })
    fake.markets.set('bitcoin-cash', marketOf('bitcoin-cash', { name: 'Bitcoin Cash' }))
    fake.markets.set('dogelon-mars', marketOf('dogelon-mars', { name: 'Dogelon Mars' }))
    for (const [q, marketDataId] of [
      ['bitcoin', 'bitcoin'],
      ['比特币', 'bitcoin'],
      ['狗狗', 'dogecoin'],
      ['doge', 'dogecoin'],
    ] as const) {
      const response = await api(`/api/coins/search?q=${encodeURIComponent(q)}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toMatch(/private/)
      const results = response.body.results as { marketDataId: string; inCollection: boolean }[]
      expect(results.map((hit) => [hit.marketDataId, hit.inCollection])).toEqual([
        [marketDataId, true],
      ])
      expect(response.body.provider).toMatchObject({ ok: true, leftOut: 'signed-out' })
    }
    expect(fake.requests).toHaveLength(0)

    // The same search signed in adds what the provider knows.
    const signedIn = await api('/api/coins/search?q=doge', { as: 'readerA' })
    expect(signedIn.body.results.map((hit: { marketDataId: string }) => hit.marketDataId)).toEqual([
      'dogecoin',
      'dogelon-mars',
    ])
    expect(providerSearches()).toBe(1)
  })
})

describe('each reader’s provider budget', () => {
  test('a reader past the provider searches of the hour gets the collection only; another reader does not', async () => {
    const { points, durationSeconds } = RATE_LIMIT_RULES.coinProviderSearchPerUser
    for (let i = 0; i < points; i++) {
      // The process's budget for all readers is the guard of another test.
      interactiveCalls.reset()
      const response = await api(`/api/coins/search?q=budget${i}`, { as: 'readerB' })
      expect(response.body.provider).toEqual({ name: 'coingecko', sampleData: false, ok: true })
    }
    expect(providerSearches()).toBe(points)

    const spent = await api('/api/coins/search?q=sol', { as: 'readerB' })
    expect(spent.status).toBe(200)
    expect(spent.body.results[0]).toMatchObject({ marketDataId: 'solana', inCollection: true })
    expect(spent.body.provider).toMatchObject({ ok: true, leftOut: 'reader-budget' })
    expect(spent.body.provider.retryAfterSeconds).toBeGreaterThan(0)
    expect(spent.body.provider.retryAfterSeconds).toBeLessThanOrEqual(durationSeconds)
    // A search already cached costs the provider nothing, so it is still answered in full.
    const cached = await api('/api/coins/search?q=budget0', { as: 'readerB' })
    expect(cached.body.provider.leftOut).toBeUndefined()
    expect(providerSearches()).toBe(points)

    const other = await api('/api/coins/search?q=sol', { as: 'readerA' })
    expect(other.body.provider).toEqual({ name: 'coingecko', sampleData: false, ok: true })
    expect(providerSearches()).toBe(points + 1)
  })

  test('a reader past the adopts of the day gets 429 with Retry-After; listed coins and other readers are unaffected', async () => {
    const { points, durationSeconds } = RATE_LIMIT_RULES.coinAdoptPerUser
    const adopt = (as: 'readerA' | 'readerB', marketDataId: string) =>
      api('/api/coins/adopt', { method: 'POST', as, json: { marketDataId } })
    for (let i = 0; i < points; i++) {
      interactiveCalls.reset()
      // Ids the provider does not know cost a call all the same.
      expect((await adopt('readerB', `unknown-${i}`)).status).toBe(404)
    }
    expect(fake.requests).toHaveLength(points)

    interactiveCalls.reset()
    fake.markets.set('cardano', marketOf('cardano', { symbol: 'ada', name: 'Cardano' }))
    const refused = await adopt('readerB', 'cardano')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(durationSeconds)
    expect(refused.body.error).toMatch(/^请求过于频繁，请 \d+ 小时后再试 \/ too many requests, try/)
    expect(refused.body.retryAfterSeconds).toBe(retryAfter)
    expect(fake.requests).toHaveLength(points)
    expect(
      (await payload.count({ collection: 'coins', where: { marketDataId: { equals: 'cardano' } } }))
        .totalDocs,
    ).toBe(0)

    expect((await adopt('readerB', 'bitcoin')).status).toBe(200)
    expect((await adopt('readerA', 'cardano')).status).toBe(201)
  })
})
