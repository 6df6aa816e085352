/**
 * 自选资讯 (GET /api/watchlists/news) over real HTTP on loopback: the articles and 快讯 linked to
 * the coins of the signed-in reader's own watchlist, newest first, paged by cursor without a
 * repeat or a gap (also where an article and a flash share a publish time), published only, with
 * the matching coins; and the SQLite statement equal to the portable read in both of its plans.
 */
import type { Payload } from 'payload'

import { sqliteAdapterOf } from '@/lib/db/kind'
import { coinLinkCondition } from '@/lib/db/sqliteCoinLinks'
import { findCoinNews, ZCoinNewsCursor } from '@/lib/queries/findCoinNews'
import { makeArticle, makeCoin, makeFlash } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

const sqliteTest = (process.env.DATABASE_URI ?? '').startsWith('mongodb') ? test.skip : test

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
type TActor = 'readerA' | 'readerB' | 'editor'
const { api, signIn } = createRestClient<TActor>(() => server.baseUrl)

type TCoin = { id: number; symbol: string }
let watched: TCoin[] = []
let other: TCoin
/** What readerA's 自选资讯 must list, in order: `article:<id>` / `flash:<id>`. */
let expected: string[] = []
/** Each listed item's linked coins among the watched ones, by key. */
const expectedCoins = new Map<string, string[]>()

const at = (minutes: number) =>
  new Date(Date.parse('2026-11-20T00:00:00Z') + minutes * 60_000).toISOString()
const keyOf = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`

type TNewsBody = {
  items: { kind: string; id: string; title: string; href: string; coins: { symbol: string }[] }[]
  nextCursor: string | null
  watchlistCoins: number
}

async function allPages(as: TActor, locale = 'zh-CN') {
  const seen: TNewsBody['items'] = []
  let cursor: string | null = null
  for (let page = 0; page < 20; page += 1) {
    const query = new URLSearchParams({ locale })
    if (cursor) query.set('cursor', cursor)
    const response = await api(`/api/watchlists/news?${query}`, { as })
    expect(response.status).toBe(200)
    const body = response.body as TNewsBody
    seen.push(...body.items)
    cursor = body.nextCursor
    if (!cursor) return seen
  }
  throw new Error('the pages never ended')
}

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  const coins = []
  for (let index = 0; index < 3; index += 1) {
    const coin = await makeCoin(payload)
    coins.push({ id: Number(coin.id), symbol: coin.symbol })
  }
  watched = coins.slice(0, 2)
  other = coins[2]!
  const [first, second] = watched as [TCoin, TCoin]

  const listed = (key: string, coinsOf: TCoin[]) => {
    expectedCoins.set(
      key,
      coinsOf.filter((coin) => coin !== other).map((coin) => coin.symbol),
    )
  }
  const timeline: { key: string; time: string; rank: number; id: number }[] = []
  // 26 articles and 17 快讯 over two coins, some at the same minute, so the list takes three
  // pages of 20 and the ties between an article and a flash fall across pages.
  for (let index = 0; index < 26; index += 1) {
    const coinsOf = index % 5 === 0 ? [second, other] : [index % 2 ? first : second]
    const time = at(index * 2)
    const article = await makeArticle(payload, {
      publishedAt: time,
      coins: coinsOf.map((coin) => coin.id),
    })
    const key = `article:${article.id}`
    timeline.push({ key, time, rank: 1, id: Number(article.id) })
    listed(key, coinsOf)
  }
  for (let index = 0; index < 17; index += 1) {
    const coinsOf = [index % 3 ? first : second]
    const time = at(index * 3)
    const flash = await makeFlash(payload, { publishedAt: time, coins: coinsOf.map((c) => c.id) })
    const key = `flash:${flash.id}`
    timeline.push({ key, time, rank: 0, id: Number(flash.id) })
    listed(key, coinsOf)
  }
  // Never listed: a draft of each kind on a watched coin, and published items of another coin.
  await makeArticle(payload, { status: 'draft', publishedAt: at(100), coins: [first.id] })
  await makeFlash(payload, { status: 'draft', publishedAt: at(100), coins: [first.id] })
  await makeArticle(payload, { publishedAt: at(101), coins: [other.id] })
  await makeFlash(payload, { publishedAt: at(101), coins: [other.id] })

  expected = timeline
    .sort((a, b) => b.time.localeCompare(a.time) || b.rank - a.rank || b.id - a.id)
    .map((item) => item.key)

  await payload.create({
    collection: 'watchlists',
    data: { owner: actors.readerA.id, items: watched.map((coin) => coin.id) },
    overrideAccess: true,
  })
  for (const name of ['readerA', 'readerB', 'editor'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

test('a visitor is asked to log in, and nothing is kept by a cache', async () => {
  const response = await api('/api/watchlists/news')
  expect(response.status).toBe(401)
  expect(response.body.error).toMatch(/登录/)
  expect(response.headers.get('cache-control')).toBe('private, no-store')
})

test('the watchlist’s articles and 快讯, newest first, every one once across the pages', async () => {
  const items = await allPages('readerA')
  expect(items.map(keyOf)).toEqual(expected)
  const firstPage = await api('/api/watchlists/news', { as: 'readerA' })
  expect(firstPage.headers.get('cache-control')).toBe('private, no-store')
  expect(firstPage.body.items).toHaveLength(20)
  expect(firstPage.body.watchlistCoins).toBe(2)
})

test('each item carries the watched coins it is linked to, never the others', async () => {
  const items = await allPages('readerA')
  for (const item of items)
    expect(item.coins.map((coin) => coin.symbol).sort()).toEqual(
      [...(expectedCoins.get(keyOf(item)) ?? [])].sort(),
    )
  const article = items.find((item) => item.kind === 'article')!
  expect(article.href).toMatch(/^\/articles\//)
  const flash = items.find((item) => item.kind === 'flash')!
  expect(flash.href).toBe(`/flash/${flash.id}`)
  expect(flash.title).toMatch(/^测试快讯/)
})

test('links and texts follow the edition asked for', async () => {
  const items = await allPages('readerA', 'zh-TW')
  expect(items.map(keyOf)).toEqual(expected)
  const article = items.find((item) => item.kind === 'article')!
  expect(article.href).toMatch(/^\/zh-tw\/articles\//)
  expect(article.title).toMatch(/^測試文章/)
  // The fixtures have no English versions: the English edition has nothing to list.
  expect(await allPages('readerA', 'en')).toEqual([])
})

test('an empty watchlist lists nothing and says the list is empty', async () => {
  const response = await api('/api/watchlists/news', { as: 'readerB' })
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ items: [], nextCursor: null, watchlistCoins: 0 })
})

test('an editor still sees only what readers see (no drafts)', async () => {
  await payload.create({
    collection: 'watchlists',
    data: { owner: actors.editor.id, items: watched.map((coin) => coin.id) },
    overrideAccess: true,
  })
  expect((await allPages('editor')).map(keyOf)).toEqual(expected)
})

test.each([
  ['cursor=nonsense', /cursor/],
  ['cursor=abc-123', /cursor/],
  ['locale=fr', /locale/],
  ['limit=500', /locale 与 cursor/],
])('?%s is refused with a 400 that says why', async (query, message) => {
  const response = await api(`/api/watchlists/news?${query}`, { as: 'readerA' })
  expect(response.status).toBe(400)
  expect(response.body.error).toMatch(message)
})

sqliteTest('the SQLite reads equal the portable ones, page by page', async () => {
  const read = async (portable: boolean) => {
    const keys: string[] = []
    let cursor: string | null = null
    do {
      const page = await findCoinNews({
        payload,
        locale: 'zh-CN',
        coinIds: watched.map((coin) => coin.id),
        cursor: cursor ? ZCoinNewsCursor.parse(cursor) : undefined,
        portable,
      })
      keys.push(...page.items.map(keyOf))
      cursor = page.nextCursor
    } while (cursor)
    return keys
  }
  expect(await read(false)).toEqual(expected)
  expect(await read(true)).toEqual(expected)
})

sqliteTest('both plans of the coin condition select the same rows', async () => {
  const client = sqliteAdapterOf(payload)!.client
  const ids = watched.map((coin) => coin.id)
  for (const table of ['articles', 'flashes'] as const) {
    const rowsWith = async (sparseBelow: number) => {
      const linked = await coinLinkCondition(client, table, ids, sparseBelow)
      const { rows } = await client.execute({
        sql: `select a.id from ${table} a where a._status = 'published' and ${linked.sql}
          order by a.published_at desc, a.id desc`,
        args: linked.args,
      })
      return { plan: linked.plan, ids: rows.map((row) => Number(row.id)) }
    }
    const sparse = await rowsWith(10_000)
    const dense = await rowsWith(1)
    expect([sparse.plan, dense.plan]).toEqual(['sparse', 'dense'])
    expect(dense.ids).toEqual(sparse.ids)
    expect(sparse.ids.length).toBe(
      expected.filter((key) => key.startsWith(table.slice(0, 5))).length,
    )
  }
})
