/** The 我的自选 endpoints (/api/watchlists/panel and /mine) over real HTTP on loopback. */
import type { Payload } from 'payload'

import { MAX_WATCHLIST_ITEMS as COLLECTION_MAX } from '@/collections/Watchlists'
import { MAX_WATCHLIST_ITEMS, PANEL_ROWS } from '@/lib/watchlist/contract'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
/** Coins ranked 1…12, in rank order, plus one without a rank. */
let ranked: { id: number | string; symbol: string }[] = []
let unranked: { id: number | string }

type TActor = 'readerA' | 'readerB' | 'admin'

const { api, signIn, cookieOf } = createRestClient<TActor>(() => server.baseUrl)

const save = (as: TActor | undefined, items: unknown) =>
  api('/api/watchlists/mine', { method: 'PUT', as, json: { items } })

const idsOf = (body: { coins: { id: string }[] }) => body.coins.map((coin) => coin.id)
const asStrings = (ids: (number | string)[]) => ids.map(String)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  // Created out of rank order, so a list that merely follows insertion order would fail.
  for (const rank of [7, 3, 12, 1, 9, 5, 2, 11, 4, 8, 10, 6]) {
    const coin = await payload.create({
      collection: 'coins',
      data: {
        symbol: `R${rank}`,
        name: `Ranked ${rank}`,
        marketDataId: `ranked-${rank}`,
        rank,
        price: rank * 10,
        marketCap: rank * 1e9,
        change24h: rank % 2 ? 1.5 : -1.5,
        priceUpdatedAt: new Date().toISOString(),
        sparkline7d: [rank, rank + 1, rank + 0.5],
      },
      overrideAccess: true,
    })
    ranked[rank - 1] = { id: coin.id, symbol: coin.symbol }
  }
  ranked = [...ranked]
  unranked = await payload.create({
    collection: 'coins',
    data: { symbol: 'NORANK', name: 'No rank', marketDataId: 'no-rank' },
    overrideAccess: true,
  })
  for (const name of ['readerA', 'readerB', 'admin'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

test('the contract and the collection agree on the size limit', () => {
  expect(MAX_WATCHLIST_ITEMS).toBe(COLLECTION_MAX)
})

describe('GET /api/watchlists/panel', () => {
  test('a visitor gets the top coins by rank, not personal, never cached', async () => {
    const response = await api('/api/watchlists/panel')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.body.personal).toBe(false)
    expect(response.body.coins).toHaveLength(PANEL_ROWS)
    expect(response.body.coins.map((coin: { rank: number }) => coin.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
    expect(response.body.coins[0]).toMatchObject({
      id: String(ranked[0]?.id),
      symbol: 'R1',
      name: 'Ranked 1',
      marketDataId: 'ranked-1',
      price: 10,
      marketCap: 1e9,
      change24h: 1.5,
    })
    expect(typeof response.body.coins[0].priceUpdatedAt).toBe('string')
    expect(response.body.market).toEqual({
      sampleData: expect.any(Boolean),
      refreshSeconds: expect.any(Number),
    })
  })

  test('a user without a list gets an empty personal list', async () => {
    const response = await api('/api/watchlists/panel', { as: 'readerB' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ personal: true, coins: [] })
  })

  test('a short list comes with the top coins not on it (热门币种), enough to fill the panel', async () => {
    const ranksOf = (coins: { rank: number }[]) => coins.map((coin) => coin.rank)
    const empty = await api('/api/watchlists/panel', { as: 'readerB' })
    expect(ranksOf(empty.body.popular)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])

    // R3 and R1, in the reader's order; the top coins skip them.
    // The first save creates the list.
    expect((await save('readerB', [ranked[2]!.id, ranked[0]!.id])).status).toBe(201)
    const short = await api('/api/watchlists/panel?include=sparklines', { as: 'readerB' })
    expect(ranksOf(short.body.coins)).toEqual([3, 1])
    expect(ranksOf(short.body.popular)).toEqual([2, 4, 5, 6, 7, 8, 9, 10])
    // The series are for the reader's own rows; the suggestions never carry them.
    expect(short.body.coins[0].sparkline7d).toEqual([3, 4, 3.5])
    expect(short.body.popular[0].sparkline7d).toBeUndefined()

    // A full panel's worth of coins leaves no room for suggestions.
    expect(
      (
        await save(
          'readerB',
          ranked.slice(0, PANEL_ROWS).map((c) => c.id),
        )
      ).status,
    ).toBe(200)
    const full = await api('/api/watchlists/panel', { as: 'readerB' })
    expect(full.body.popular).toEqual([])

    // Visitors get the top coins as their list, and no suggestions besides.
    expect((await api('/api/watchlists/panel')).body.popular).toBeUndefined()
    // Later tests start with reader B having no list at all.
    await payload.delete({
      collection: 'watchlists',
      where: { owner: { equals: actors.readerB.id } },
      overrideAccess: true,
    })
  })

  test('the 7-day series come only when asked for', async () => {
    const plain = await api('/api/watchlists/panel')
    expect(plain.body.coins[0].sparkline7d).toBeUndefined()
    const withLines = await api('/api/watchlists/panel?include=sparklines')
    expect(withLines.status).toBe(200)
    expect(withLines.body.coins[0].sparkline7d).toEqual([1, 2, 1.5])
  })

  test.each(['?user=1', '?include=everything', '?include=sparklines&owner=2'])(
    'unknown query parameters (%s) are refused with a clear 400',
    async (query) => {
      const response = await api(`/api/watchlists/panel${query}`)
      expect(response.status).toBe(400)
      expect(response.body.error).toContain('include=sparklines')
    },
  )
})

describe('PUT /api/watchlists/mine', () => {
  const pick = (...ranks: number[]) => ranks.map((rank) => ranked[rank - 1]!.id)

  // The coin without a rank is included: a personal list may hold any coin.
  test('creates the list, then reorders, then removes, persisting the exact order', async () => {
    const first = [...pick(5, 1), unranked.id]
    const created = await save('readerA', first)
    expect(created.status).toBe(201)
    expect(created.headers.get('cache-control')).toBe('private, no-store')
    expect(idsOf(created.body)).toEqual(asStrings(first))
    expect(created.body.personal).toBe(true)

    const reordered = [first[2]!, first[0]!, first[1]!]
    const moved = await save('readerA', reordered)
    expect(moved.status).toBe(200)
    expect(idsOf(moved.body)).toEqual(asStrings(reordered))

    const removed = [reordered[0]!, reordered[2]!]
    const afterRemove = await save('readerA', removed)
    expect(afterRemove.status).toBe(200)
    expect(idsOf(afterRemove.body)).toEqual(asStrings(removed))

    const mine = await api('/api/watchlists/mine', { as: 'readerA' })
    expect(mine.status).toBe(200)
    expect(idsOf(mine.body)).toEqual(asStrings(removed))
    // /mine carries the 7-day series of the coins that have one (R1 does, the unranked coin not).
    expect(mine.body.coins[0].sparkline7d).toBeUndefined()
    expect(mine.body.coins[1].sparkline7d).toEqual([1, 2, 1.5])
    const panel = await api('/api/watchlists/panel', { as: 'readerA' })
    expect(panel.body.personal).toBe(true)
    expect(idsOf(panel.body)).toEqual(asStrings(removed))

    const stored = await payload.find({
      collection: 'watchlists',
      where: { owner: { equals: actors.readerA.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
    expect(asStrings(stored.docs[0]!.items as (number | string)[])).toEqual(asStrings(removed))
  })

  test('ids sent as strings are accepted', async () => {
    const ids = asStrings(pick(2, 3))
    const response = await save('readerA', ids)
    expect(response.status).toBe(200)
    expect(idsOf(response.body)).toEqual(ids)
  })

  test('an empty list is a valid save', async () => {
    const response = await save('readerA', [])
    expect(response.status).toBe(200)
    expect(response.body.coins).toEqual([])
  })

  test('duplicate ids answer 400 and change nothing', async () => {
    await save('readerA', pick(1, 2))
    const response = await save('readerA', pick(3, 3))
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('a coin appears twice')
    const mine = await api('/api/watchlists/mine', { as: 'readerA' })
    expect(idsOf(mine.body)).toEqual(asStrings(pick(1, 2)))
  })

  test('more than 200 ids answer 400', async () => {
    const ids = Array.from({ length: MAX_WATCHLIST_ITEMS + 1 }, (_, index) => index + 1)
    const response = await save('readerA', ids)
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('at most 200')
  })

  test('an unknown coin id answers 400 naming it', async () => {
    const response = await save('readerA', [...pick(1), 987654])
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('unknown coin id: 987654')
    const odd = await save('readerA', ['not-a-real-id'])
    expect(odd.status).toBe(400)
    expect(odd.body.error).toContain('unknown coin id')
  })

  test.each([
    ['not JSON', '{items: [1,', 'not valid JSON'],
    ['an empty body', '', 'empty'],
    ['a bare array', '[1, 2]', 'items'],
    ['items as a string', '{"items": "1,2"}', 'items'],
    ['ids as objects', '{"items": [{"id": 1}]}', 'items'],
    ['negative ids', '{"items": [-1]}', 'items'],
    ['extra keys', '{"items": [], "owner": 1}', 'owner'],
    ['odd characters', '{"items": ["1; DROP TABLE coins"]}', 'coin id'],
  ])('garbage (%s) answers 400 with an error message', async (_name, body, hint) => {
    const response = await api('/api/watchlists/mine', {
      method: 'PUT',
      as: 'readerA',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.body.error).toEqual(expect.any(String))
    expect(response.body.error.toLowerCase()).toContain(hint.toLowerCase())
  })

  test('a very large body answers 400', async () => {
    const response = await api('/api/watchlists/mine', {
      method: 'PUT',
      as: 'readerA',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: [1], padding: 'x'.repeat(100_000) }),
    })
    expect(response.status).toBe(400)
  })

  test('visitors get 401 from GET and PUT', async () => {
    const put = await save(undefined, pick(1))
    expect(put.status).toBe(401)
    expect(put.body.error).toEqual(expect.any(String))
    const get = await api('/api/watchlists/mine')
    expect(get.status).toBe(401)
  })

  test('a cookie sent from another site counts as a visitor (CSRF)', async () => {
    const response = await api('/api/watchlists/mine', {
      method: 'PUT',
      headers: { cookie: cookieOf('readerA'), origin: 'https://evil.example' },
      json: { items: [] },
    })
    expect(response.status).toBe(401)
  })
})

describe('isolation between users', () => {
  test("user B never sees or changes user A's list", async () => {
    const listA = [ranked[9]!.id, ranked[10]!.id]
    expect((await save('readerA', listA)).status).toBe(200)

    const panelB = await api('/api/watchlists/panel', { as: 'readerB' })
    expect(idsOf(panelB.body)).not.toEqual(asStrings(listA))
    const mineB = await api('/api/watchlists/mine', { as: 'readerB' })
    expect(mineB.body.coins).toEqual([])

    // B's first save creates B's own list; A's stays as it was.
    const savedB = await save('readerB', [ranked[0]!.id])
    expect(savedB.status).toBe(201)
    const mineA = await api('/api/watchlists/mine', { as: 'readerA' })
    expect(idsOf(mineA.body)).toEqual(asStrings(listA))
    const owners = await payload.find({ collection: 'watchlists', depth: 0, overrideAccess: true })
    expect(owners.docs.map((doc) => String(doc.owner)).sort()).toEqual(
      [String(actors.readerA.id), String(actors.readerB.id)].sort(),
    )
  })

  test("an admin's /mine is their own list, not someone else's", async () => {
    const mine = await api('/api/watchlists/mine', { as: 'admin' })
    expect(mine.status).toBe(200)
    expect(mine.body.coins).toEqual([])
    const saved = await save('admin', [ranked[2]!.id])
    expect(saved.status).toBe(201)
    const mineA = await api('/api/watchlists/mine', { as: 'readerA' })
    expect(idsOf(mineA.body)).toEqual(asStrings([ranked[9]!.id, ranked[10]!.id]))
  })
})
