import type { Payload } from 'payload'

/** The coins every refresh covers, besides those in watchlists and articles. */
export const TOP_COINS_BY_RANK = 30

const PAGE = 500

export type TCoinRow = {
  id: number | string
  marketDataId: string
  price?: number | null
  marketCap?: number | null
  change24h?: number | null
  rank?: number | null
  sparkline7d?: unknown
  priceUpdatedAt?: string | null
}

const COIN_SELECT = {
  marketDataId: true,
  price: true,
  marketCap: true,
  change24h: true,
  rank: true,
  sparkline7d: true,
  priceUpdatedAt: true,
} as const

/**
 * Coins to refresh: every coin in any watchlist or any article (drafts included, they may be
 * published any minute) plus the top 30 by stored rank. Only Payload queries, so it runs the same
 * on SQLite and MongoDB.
 */
export async function findRefreshTargets(payload: Payload): Promise<TCoinRow[]> {
  const ids = new Set<string>()
  await eachPage(payload, 'watchlists', 'items', ids)
  await eachPage(payload, 'articles', 'coins', ids)

  const byId = new Map<string, TCoinRow>()
  const wanted = [...ids]
  for (let start = 0; start < wanted.length; start += PAGE) {
    const { docs } = await payload.find({
      collection: 'coins',
      where: { id: { in: wanted.slice(start, start + PAGE) } },
      select: COIN_SELECT,
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: true,
    })
    for (const coin of docs) byId.set(String(coin.id), coin as TCoinRow)
  }
  const top = await payload.find({
    collection: 'coins',
    // Not `exists`: SQLite and MongoDB sort null ranks first, and treat null and missing apart.
    where: { rank: { greater_than_equal: 1 } },
    sort: 'rank',
    select: COIN_SELECT,
    depth: 0,
    limit: TOP_COINS_BY_RANK,
    overrideAccess: true,
  })
  for (const coin of top.docs) byId.set(String(coin.id), coin as TCoinRow)
  return [...byId.values()]
}

/** Coins with these provider ids (the command line's --ids). */
export async function findCoinsByMarketDataId(
  payload: Payload,
  marketDataIds: readonly string[],
): Promise<TCoinRow[]> {
  const rows: TCoinRow[] = []
  for (let start = 0; start < marketDataIds.length; start += PAGE) {
    const { docs } = await payload.find({
      collection: 'coins',
      where: { marketDataId: { in: marketDataIds.slice(start, start + PAGE) } },
      select: COIN_SELECT,
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: true,
    })
    rows.push(...(docs as TCoinRow[]))
  }
  return rows
}

async function eachPage(
  payload: Payload,
  collection: 'watchlists' | 'articles',
  field: 'items' | 'coins',
  into: Set<string>,
): Promise<void> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      select: { [field]: true },
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
    })
    for (const doc of result.docs) {
      const related = (doc as unknown as Record<string, unknown>)[field]
      if (!Array.isArray(related)) continue
      for (const item of related) {
        const id = item && typeof item === 'object' && 'id' in item ? item.id : item
        if (id !== null && id !== undefined) into.add(String(id))
      }
    }
    if (!result.hasNextPage) return
  }
}
