import type { Payload } from 'payload'

import { STORED_FIGURES_SELECT, type TStoredFigures } from './storedFigures'

/** The coins every refresh covers, besides those in watchlists and articles. */
export const TOP_COINS_BY_RANK = 30

const PAGE = 500
/** Distinct coins per findDistinct call; a site mentions at most a few thousand coins. */
const DISTINCT_PAGE = 1000

export type TCoinRow = TStoredFigures

/**
 * Coins to refresh: every coin in any watchlist or any article (drafts included, they may be
 * published any minute) plus the top 30 by stored rank. Only Payload queries, so it runs the same
 * on SQLite and MongoDB, and none of them grows with the number of articles: this runs every
 * minute in every server process.
 */
export async function findRefreshTargets(payload: Payload): Promise<TCoinRow[]> {
  const ids = new Set<string>()
  await collectWatchedCoins(payload, ids)
  await collectCoinsInArticles(payload, ids)

  const byId = new Map<string, TCoinRow>()
  const wanted = [...ids]
  for (let start = 0; start < wanted.length; start += PAGE) {
    const { docs } = await payload.find({
      collection: 'coins',
      where: { id: { in: wanted.slice(start, start + PAGE) } },
      select: STORED_FIGURES_SELECT,
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
    select: STORED_FIGURES_SELECT,
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
      select: STORED_FIGURES_SELECT,
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: true,
    })
    rows.push(...(docs as TCoinRow[]))
  }
  return rows
}

/** Watchlists in id order, a page at a time from the last id seen (no offsets to skip). */
async function collectWatchedCoins(payload: Payload, into: Set<string>): Promise<void> {
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection: 'watchlists',
      where: after === undefined ? {} : { id: { greater_than: after } },
      sort: 'id',
      select: { items: true },
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: true,
    })
    for (const watchlist of docs) {
      for (const item of watchlist.items ?? []) {
        const id = item && typeof item === 'object' ? item.id : item
        if (id !== null && id !== undefined) into.add(String(id))
      }
    }
    if (docs.length < PAGE) return
    after = docs[docs.length - 1]!.id
  }
}

/**
 * The distinct coins that articles mention (Payload's findDistinct, which both adapters answer from
 * the relation index): about 0.3 s at 100,000 articles, where reading every article's coins took
 * minutes.
 */
async function collectCoinsInArticles(payload: Payload, into: Set<string>): Promise<void> {
  for (let page = 1; ; page++) {
    const result = await payload.findDistinct({
      collection: 'articles',
      field: 'coins',
      depth: 0,
      limit: DISTINCT_PAGE,
      page,
      overrideAccess: true,
    })
    // Typed like the field (an array), but each row holds one coin id (or null for none).
    for (const { coins } of result.values as { coins: unknown }[]) {
      if (typeof coins === 'number' || typeof coins === 'string') into.add(String(coins))
    }
    if (!result.hasNextPage) return
  }
}
