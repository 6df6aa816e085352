/**
 * The watchlist-news scenario's own process (scripts/bench/watchlistNews.ts). A reader of its own
 * (watchlist-bench@newsroom.local, created once) is given each watchlist in turn; for each, the
 * handler of GET /api/watchlists/news is called as that reader: the first page, and the page after
 * following nextCursor WATCHLIST_DEEP_PAGES times (or the last page), each warmed up and then timed one call after
 * another. Prints the report as JSON on the last line.
 */
import { randomUUID } from 'node:crypto'
import type { TypedUser } from 'payload'

import { loadPayload } from '@/scripts/lib/loadPayload'
import { timeCalls, type TLatencyRow } from './latency'
import { benchCoinsByPopularity, countItems } from './benchCoins'
import {
  WATCHLIST_DEEP_PAGES,
  type TWatchlistNewsReport,
  type TWatchlistShape,
} from './watchlistNews'

const payload = await loadPayload()
const { createLocalReq } = await import('payload')
const { watchlistNewsEndpoint } = await import('@/endpoints/watchlists/news')
const { coinLinkCondition } = await import('@/lib/db/sqliteCoinLinks')
const { sqliteAdapterOf } = await import('@/lib/db/kind')

const client = sqliteAdapterOf(payload)?.client
if (!client) throw new Error('the watchlist-news scenario runs on SQLite')

const EMAIL = 'watchlist-bench@newsroom.local'
async function benchReader(): Promise<TypedUser> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: EMAIL } },
    limit: 1,
    overrideAccess: true,
  })
  const user =
    found.docs[0] ??
    (await payload.create({
      collection: 'users',
      data: {
        email: EMAIL,
        password: `${randomUUID()}-Aa1!`,
        displayName: '自选压测读者',
        roles: ['reader'],
      },
      overrideAccess: true,
    }))
  return { ...user, collection: 'users' } as TypedUser
}

async function setWatchlist(user: TypedUser, coinIds: number[]): Promise<void> {
  const { docs } = await payload.find({
    collection: 'watchlists',
    where: { owner: { equals: user.id } },
    limit: 1,
    overrideAccess: true,
  })
  if (docs[0])
    await payload.update({
      collection: 'watchlists',
      id: docs[0].id,
      data: { items: coinIds },
      overrideAccess: true,
    })
  else
    await payload.create({
      collection: 'watchlists',
      data: { owner: user.id, items: coinIds },
      overrideAccess: true,
    })
}

type TNewsBody = { items: unknown[]; nextCursor: string | null; watchlistCoins: number }

async function news(user: TypedUser, cursor: string | null): Promise<TNewsBody> {
  const query = cursor ? `?locale=zh-CN&cursor=${encodeURIComponent(cursor)}` : '?locale=zh-CN'
  const req = await createLocalReq({ user, urlSuffix: `/api/watchlists/news${query}` }, payload)
  const response = await watchlistNewsEndpoint.handler(req)
  if (response.status !== 200) throw new Error(`watchlist news answered ${response.status}`)
  return (await response.json()) as TNewsBody
}

const linksOf = async (table: 'articles' | 'flashes', coinIds: number[]) => {
  const { rows } = await client.execute({
    sql: `select count(*) as n from ${table}_rels where path = 'coins'
      and coins_id in (${coinIds.map(() => '?').join(', ')})`,
    args: coinIds,
  })
  return Number(rows[0]?.n ?? 0)
}

const user = await benchReader()
const coins = await benchCoinsByPopularity(payload)
const watchlists: [string, number[]][] = [
  ['200 coins, the most popular', coins.slice(0, 200)],
  ['200 coins of the tail (no demo coin)', coins.slice(-200)],
  // Just past lib/db/sqliteCoinLinks.ts's SPARSE_LINKS for articles: the dense plan's longest walk.
  ['5 mid-ranked coins', coins.slice(70, 75)],
  ['3 rare coins', coins.slice(-3)],
]

const shapes: TWatchlistShape[] = []
const rows: TLatencyRow[] = []
for (const [label, ids] of watchlists) {
  await setWatchlist(user, ids)
  shapes.push({
    label,
    coins: ids.length,
    articleLinks: await linksOf('articles', ids),
    flashLinks: await linksOf('flashes', ids),
    articlePlan: (await coinLinkCondition(client, 'articles', ids)).plan,
    flashPlan: (await coinLinkCondition(client, 'flashes', ids)).plan,
  })
  // Down to the page after WATCHLIST_DEEP_PAGES pages, or the last one a small dataset has.
  let deep: string | null = null
  let pages = 1
  for (; pages <= WATCHLIST_DEEP_PAGES; pages++) {
    const next: string | null = (await news(user, deep)).nextCursor
    if (!next) break
    deep = next
  }
  rows.push(await timeCalls(`${label}: first page`, () => news(user, null)))
  if (deep) rows.push(await timeCalls(`${label}: page ${pages} (cursor)`, () => news(user, deep)))
}

const report: TWatchlistNewsReport = {
  ...(await countItems(payload)),
  coins: coins.length,
  watchlists: shapes,
  rows,
}
await payload.destroy()
console.log(JSON.stringify(report))
process.exit(0)
