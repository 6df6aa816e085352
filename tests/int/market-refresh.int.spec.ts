/**
 * The market refresh on a real database, with the CoinGecko provider talking to a stand-in
 * CoinGecko on 127.0.0.1: what is written, what is kept, and that failures change nothing.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createCoinGeckoProvider } from '@/lib/market/coingecko/provider'
import { createOfflineProvider } from '@/lib/market/offline/provider'
import { acquireLease } from '@/lib/market/lease'
import {
  describeRefresh,
  REFRESH_LEASE_NAME,
  refreshMarketData,
  type TRefreshOptions,
} from '@/lib/market/refresh'
import { isStale } from '@/lib/market/staleness'
import { findRefreshTargets, TOP_COINS_BY_RANK } from '@/lib/market/targets'
import type { MarketDataProvider } from '@/lib/market/types'
import type { Coin } from '@/payload-types'
import { moveSincePublish } from '@/lib/flash/reaction'
import { makeArticle, makeFlash, makeMedia } from '@/tests/helpers/fixtures'
import { marketOf, startFakeCoinGecko, type TFakeCoinGecko } from '@/tests/helpers/fakeCoinGecko'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let fake: TFakeCoinGecko
let actors: TActors
let coingecko: MarketDataProvider
const quiet = { info: () => undefined, warn: () => undefined }

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  fake = await startFakeCoinGecko()
  coingecko = createCoinGeckoProvider({
    baseUrl: fake.baseUrl,
    timeoutMs: 300,
    maxRetries: 1,
    sleep: async () => undefined,
    logger: quiet,
  })
})
afterAll(async () => {
  await fake?.close()
  await context?.cleanup()
})
beforeEach(async () => {
  fake.override(undefined)
  fake.requests.length = 0
  // Each test starts from an empty coin collection and no lease.
  await payload.delete({ collection: 'watchlists', where: {}, overrideAccess: true })
  await payload.delete({ collection: 'articles', where: {}, overrideAccess: true })
  await payload.delete({ collection: 'flashes', where: {}, overrideAccess: true })
  await payload.delete({ collection: 'coins', where: {}, overrideAccess: true })
  await payload.delete({ collection: 'leases', where: {}, overrideAccess: true })
  fake.markets.clear()
})

const refresh = (options: Partial<TRefreshOptions> = {}) =>
  refreshMarketData(payload, {
    provider: coingecko,
    refreshSeconds: 60,
    // Tests run back to back; the cool-down has its own test below.
    ignoreCooldown: true,
    logger: quiet,
    ...options,
  })

const makeCoin = (marketDataId: string, data: Partial<Coin> = {}) =>
  payload.create({
    collection: 'coins',
    data: {
      symbol: marketDataId.slice(0, 6),
      name: `Name of ${marketDataId}`,
      marketDataId,
      ...data,
    },
    overrideAccess: true,
  })

const stored = async (marketDataId: string) => {
  const { docs } = await payload.find({
    collection: 'coins',
    where: { marketDataId: { equals: marketDataId } },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Coin
}

const allCoins = async () =>
  (
    await payload.find({
      collection: 'coins',
      depth: 0,
      limit: 0,
      sort: 'marketDataId',
      overrideAccess: true,
    })
  ).docs

describe('发布后涨跌', () => {
  test('a flash keeps its coin’s price at publishing while the stand-in market moves it', async () => {
    fake.markets.set('moving-coin', marketOf('moving-coin', { current_price: 100 }))
    // Ranked, so the first refresh covers it before any flash links it.
    const coin = await makeCoin('moving-coin', { rank: 1 })
    await refresh()
    const flash = await makeFlash(payload, { coins: [coin.id] })
    expect(flash.pricesAtPublish).toEqual({ [String(coin.id)]: 100 })

    fake.markets.set('moving-coin', marketOf('moving-coin', { current_price: 110 }))
    await refresh()
    const now = await stored('moving-coin')
    const kept = await payload.findByID({ collection: 'flashes', id: flash.id, depth: 0 })
    const atPublish = (kept.pricesAtPublish as Record<string, number>)[String(coin.id)]
    expect(atPublish).toBe(100)
    expect(moveSincePublish(atPublish, now.price)).toBeCloseTo(10, 10)

    fake.markets.set('moving-coin', marketOf('moving-coin', { current_price: 95 }))
    await refresh()
    expect(moveSincePublish(atPublish, (await stored('moving-coin')).price)).toBeCloseTo(-5, 10)
  })
})

describe('which coins are refreshed', () => {
  test('every coin in a watchlist or an article, plus the top 30 by rank, and nothing else', async () => {
    for (let rank = 1; rank <= TOP_COINS_BY_RANK + 1; rank++)
      await makeCoin(`ranked-${rank}`, { rank })
    const watched = await makeCoin('watched-only')
    const inArticle = await makeCoin('article-only')
    const inDraft = await makeCoin('draft-only')
    const inFlash = await makeCoin('flash-only')
    await makeFlash(payload, { coins: [inFlash.id] })
    await makeCoin('nobody-cares')
    await payload.create({
      collection: 'watchlists',
      data: { owner: actors.readerA.id, items: [watched.id] },
      overrideAccess: true,
    })
    const article = await makeArticle(payload)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { coins: [inArticle.id] },
      overrideAccess: true,
    })
    const draft = await makeArticle(payload, { status: 'draft' })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { coins: [inDraft.id] },
      overrideAccess: true,
    })

    const targets = await findRefreshTargets(payload, { maxCoins: 500 })
    const top30 = Array.from({ length: 30 }, (_, index) => `ranked-${index + 1}`)
    expect(targets.coins.map((coin) => coin.marketDataId).sort()).toEqual(
      [...top30, 'article-only', 'flash-only', 'watched-only'].sort(),
    )
    expect(targets.leftOut).toBe(0)
  })

  describe('at most MARKET_REFRESH_MAX_COINS', () => {
    /**
     * 32 ranked coins; a published article's coin and a draft's; watched coins in 4, 3, 2 and 1
     * lists, the ten watched once listed first, so the order first seen is not the most-watched.
     */
    async function seedManyWatched() {
      for (let rank = 1; rank <= TOP_COINS_BY_RANK + 2; rank++)
        await makeCoin(`ranked-${rank}`, { rank })
      const once = []
      for (let n = 1; n <= 10; n++) once.push((await makeCoin(`watched-once-${n}`)).id)
      const [popular, liked, known] = [
        (await makeCoin('watched-by-4')).id,
        (await makeCoin('watched-by-3')).id,
        (await makeCoin('watched-by-2')).id,
      ]
      const lists = [
        [actors.readerA, [...once, known, liked, popular]],
        [actors.readerB, [known, liked, popular]],
        [actors.editor, [liked, popular]],
        [actors.admin, [popular]],
      ] as const
      for (const [owner, items] of lists) {
        await payload.create({
          collection: 'watchlists',
          data: { owner: owner.id, items: [...items] },
          overrideAccess: true,
        })
      }
      await makeArticle(payload, { coins: [(await makeCoin('in-published')).id] })
      await makeArticle(payload, { status: 'draft', coins: [(await makeCoin('in-draft')).id] })
    }
    const top30 = Array.from({ length: TOP_COINS_BY_RANK }, (_, index) => `ranked-${index + 1}`)
    const once = Array.from({ length: 10 }, (_, index) => `watched-once-${index + 1}`)
    const idsOf = (targets: { coins: { marketDataId: string }[] }) =>
      targets.coins.map((coin) => coin.marketDataId)

    test('the top 30, then articles’ coins, then the most-watched; the rest left out', async () => {
      await seedManyWatched()
      const capped = await findRefreshTargets(payload, { maxCoins: TOP_COINS_BY_RANK + 4 })
      const ids = idsOf(capped)
      expect(ids.slice(0, TOP_COINS_BY_RANK)).toEqual(top30)
      // Articles' coins in no particular order, drafts' included.
      expect(ids.slice(TOP_COINS_BY_RANK, TOP_COINS_BY_RANK + 2).sort()).toEqual([
        'in-draft',
        'in-published',
      ])
      expect(ids.slice(TOP_COINS_BY_RANK + 2)).toEqual(['watched-by-4', 'watched-by-3'])
      expect(capped.leftOut).toBe(11)

      const roomier = await findRefreshTargets(payload, { maxCoins: TOP_COINS_BY_RANK + 5 })
      expect(idsOf(roomier).at(-1)).toBe('watched-by-2')
      expect(roomier.leftOut).toBe(10)
      const all = await findRefreshTargets(payload, { maxCoins: 500 })
      expect(idsOf(all).slice(-once.length)).toEqual(once)
      expect(all.leftOut).toBe(0)
    })

    test('a refresh asks the provider for the capped coins only, and says how many were left out', async () => {
      await seedManyWatched()
      const result = await refresh({ maxCoins: TOP_COINS_BY_RANK + 4 })
      expect(result).toMatchObject({ status: 'done', total: TOP_COINS_BY_RANK + 4, leftOut: 11 })
      const asked = fake.requests.flatMap((request) =>
        (request.query.get('ids') ?? '').split(',').filter(Boolean),
      )
      expect(asked.sort()).toEqual(
        [...top30, 'in-draft', 'in-published', 'watched-by-4', 'watched-by-3'].sort(),
      )
      expect(describeRefresh(result)).toMatch(/11 more left out \(MARKET_REFRESH_MAX_COINS\)/)
    })
  })
})

describe('a refresh', () => {
  test('writes the market fields only: an editor’s name and logo are kept', async () => {
    const logo = await makeMedia(payload)
    const coin = await makeCoin('bitcoin', { symbol: 'BTC', name: 'Bitcoin', rank: 1, price: 1 })
    // An editor renames the coin in the admin.
    await payload.update({
      collection: 'coins',
      id: coin.id,
      data: { name: '比特币', logo: logo.id },
      user: actors.editor,
      overrideAccess: false,
    })
    fake.markets.set(
      'bitcoin',
      marketOf('bitcoin', { symbol: 'xbt', name: 'Bitcoin (provider name)' }),
    )

    const result = await refresh()
    expect(result).toMatchObject({ status: 'done', total: 1, updated: 1, unchanged: 0, failed: 0 })
    const after = await stored('bitcoin')
    expect(after).toMatchObject({
      name: '比特币',
      symbol: 'BTC',
      logo: logo.id,
      price: 77671,
      marketCap: 1555886872303,
      change24h: -0.9530164743774191,
      rank: 1,
      sparkline7d: [78102.1, 77950.4, 77810.9, 77702.3, 77671],
      priceUpdatedAt: '2026-05-18T12:49:21.599Z',
    })
  })

  test('invalidates the `coins` cache tag once after a run that changed something, not otherwise', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    await makeCoin('ethereum', { rank: 2 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.markets.set('ethereum', marketOf('ethereum'))
    // Outside a Next.js server next/cache refuses, and lib/revalidate logs that at debug level.
    const debug = jest.spyOn(payload.logger, 'debug').mockImplementation(() => undefined)
    try {
      await refresh()
      const revalidations = () =>
        debug.mock.calls.filter(([entry]) => JSON.stringify(entry).includes('cache tags'))
      expect(revalidations()).toHaveLength(1)
      expect(JSON.stringify(revalidations()[0])).toContain('(coins)')
      await refresh()
      expect(revalidations()).toHaveLength(1)
    } finally {
      debug.mockRestore()
    }
  })

  test('a second run with the same figures writes nothing', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    await refresh()
    const first = await stored('bitcoin')
    const again = await refresh()
    expect(again).toMatchObject({ status: 'done', updated: 0, unchanged: 1 })
    expect((await stored('bitcoin')).updatedAt).toBe(first.updatedAt)
  })

  test('figures the provider reports as null are stored as null, not 0 and not the old value', async () => {
    await makeCoin('fading', { rank: 3, price: 5, marketCap: 1e9, change24h: 2 })
    fake.markets.set(
      'fading',
      marketOf('fading', {
        current_price: null,
        market_cap: null,
        market_cap_rank: null,
        price_change_percentage_24h: null,
        price_change_percentage_24h_in_currency: null,
      }),
    )
    await refresh()
    expect(await stored('fading')).toMatchObject({
      price: null,
      marketCap: null,
      change24h: null,
      rank: null,
    })
  })

  test('a coin the provider no longer returns keeps its figures and its time, and grows stale', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    await makeCoin('delisted', { rank: 2 })
    const updatedAt = new Date(Date.now() - 10_000).toISOString()
    fake.markets.set('bitcoin', marketOf('bitcoin', { last_updated: updatedAt }))
    fake.markets.set(
      'delisted',
      marketOf('delisted', { current_price: 0.5, last_updated: updatedAt }),
    )
    await refresh()
    const before = await stored('delisted')

    fake.markets.delete('delisted')
    const later = new Date(Date.now() + 60_000).toISOString()
    fake.markets.set('bitcoin', marketOf('bitcoin', { current_price: 80_000, last_updated: later }))
    const result = await refresh()
    expect(result).toMatchObject({
      status: 'done',
      updated: 1,
      missing: 1,
      missingIds: ['delisted'],
    })
    const after = await stored('delisted')
    expect(after.price).toBe(0.5)
    expect(after.priceUpdatedAt).toBe(before.priceUpdatedAt)
    expect(after.updatedAt).toBe(before.updatedAt)

    // Three refresh periods later it is marked 数据延迟; bitcoin, refreshed, is not.
    const threePeriodsOn = new Date(Date.parse(updatedAt) + 3 * 60_000 + 1_000)
    expect(
      isStale({ priceUpdatedAt: after.priceUpdatedAt, now: threePeriodsOn, refreshSeconds: 60 }),
    ).toBe(true)
    expect(
      isStale({
        priceUpdatedAt: (await stored('bitcoin')).priceUpdatedAt,
        now: threePeriodsOn,
        refreshSeconds: 60,
      }),
    ).toBe(false)
  })

  test.each([
    ['HTTP 500', () => ({ status: 500, body: 'internal error' })],
    ['HTTP 429 that does not end', () => ({ status: 429, headers: { 'retry-after': '1' } })],
    ['a timeout', () => ({ delayMs: 1_500, body: [] })],
    ['malformed JSON', () => ({ body: '[{"id":"bitcoin",' })],
    ['a missing field', () => ({ body: [{ ...marketOf('bitcoin'), current_price: undefined }] })],
    ['a wrong type', () => ({ body: [marketOf('bitcoin', { current_price: '80000' })] })],
    ['an error document', () => ({ body: { status: { error_code: 10002 } } })],
  ])('%s: the run fails, is logged, and nothing stored changes', async (_name, reply) => {
    await makeCoin('bitcoin', { rank: 1, price: 64_000, change24h: 1.5 })
    await makeCoin('ethereum', { rank: 2, price: 3_000 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.markets.set('ethereum', marketOf('ethereum'))
    fake.override(reply)
    const before = await allCoins()
    const warnings: string[] = []

    const result = await refresh({
      logger: { info: () => undefined, warn: (m) => warnings.push(m) },
    })
    expect(result).toMatchObject({ status: 'failed', total: 2, updated: 0, failed: 2 })
    expect(result.error).toEqual(expect.any(String))
    expect(warnings.join('\n')).toMatch(/coingecko failed, stored figures kept/)
    expect(await allCoins()).toEqual(before)
  })

  test('the lease is released after a failure, so the next run goes ahead', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.override(() => ({ status: 500 }))
    expect((await refresh()).status).toBe('failed')
    fake.override(undefined)
    expect((await refresh()).status).toBe('done')
    expect((await stored('bitcoin')).price).toBe(77671)
  })

  test('the offline provider fills the demo coins with sample figures and sparklines', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    await makeCoin('tether', { rank: 3 })
    const result = await refresh({ provider: createOfflineProvider() })
    expect(result).toMatchObject({ status: 'done', updated: 2 })
    const bitcoin = await stored('bitcoin')
    expect(bitcoin.price).toBe(64210.55)
    expect(bitcoin.sparkline7d).toHaveLength(42)
    expect(isStale({ priceUpdatedAt: bitcoin.priceUpdatedAt, refreshSeconds: 60 })).toBe(false)
  })

  test('--ids refreshes only the named coins', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    await makeCoin('ethereum', { rank: 2 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.markets.set('ethereum', marketOf('ethereum'))
    const result = await refresh({ marketDataIds: ['ethereum'] })
    expect(result).toMatchObject({ total: 1, updated: 1 })
    expect(fake.requests[0]?.query.get('ids')).toBe('ethereum')
    expect((await stored('bitcoin')).price ?? null).toBeNull()
  })
})

describe('one run at a time', () => {
  test('a second run while one is running is skipped; the provider is called once', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    fake.override(() => ({ delayMs: 150, body: [marketOf('bitcoin')] }))
    const [first, second] = await Promise.all([refresh(), refresh()])
    const statuses = [first.status, second.status].sort()
    expect(statuses).toEqual(['done', 'skipped'])
    const skipped = first.status === 'skipped' ? first : second
    expect(skipped.skipped?.reason).toBe('running')
    expect(fake.requests).toHaveLength(1)
  })

  test('no other run within one period (cool-down), unless forced', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    let clock = Date.now()
    const now = () => new Date(clock)
    expect((await refresh({ now, ignoreCooldown: false })).status).toBe('done')
    clock += 30_000
    const early = await refresh({ now, ignoreCooldown: false })
    expect(early.status).toBe('skipped')
    expect(early.skipped?.reason).toBe('cooling-down')
    expect((await refresh({ now, ignoreCooldown: true })).status).toBe('done')
    clock += 60_000
    expect((await refresh({ now, ignoreCooldown: false })).status).toBe('done')
  })

  test('a lease left by a crashed process is taken over once it expires', async () => {
    await makeCoin('bitcoin', { rank: 1 })
    fake.markets.set('bitcoin', marketOf('bitcoin'))
    const crashedAt = new Date(Date.now() - 10 * 60_000)
    const taken = await acquireLease(payload, {
      name: REFRESH_LEASE_NAME,
      holder: 'crashed-process',
      ttlMs: 5 * 60_000,
      now: crashedAt,
    })
    expect(taken.acquired).toBe(true)
    expect((await refresh({ ignoreCooldown: false })).status).toBe('done')
  })

  test('a live lease of another process blocks even a forced run', async () => {
    await acquireLease(payload, {
      name: REFRESH_LEASE_NAME,
      holder: 'other-process',
      ttlMs: 5 * 60_000,
      now: new Date(),
    })
    const result = await refresh({ ignoreCooldown: true })
    expect(result).toMatchObject({ status: 'skipped', skipped: { reason: 'running' } })
  })
})
