import type { Payload } from 'payload'

import { STORED_FIGURES_SELECT, type TStoredFigures } from './storedFigures'

/** The coins every refresh covers first, whatever else there is to refresh. */
export const TOP_COINS_BY_RANK = 30

const PAGE = 500
/** Distinct coins per findDistinct call; a site mentions at most a few thousand coins. */
const DISTINCT_PAGE = 1000

export type TCoinRow = TStoredFigures

export type TRefreshTargets = {
  coins: TCoinRow[]
  /** Coins that would have been refreshed but were past `maxCoins`, the least seen of them. */
  leftOut: number
}

/**
 * Coins to refresh, at most `maxCoins` (MARKET_REFRESH_MAX_COINS), so that the provider calls of
 * a run (one per 250 coins) stay bounded whatever readers watch and adopt. First the top 30 by
 * rank; then the coins of articles and 快讯, which staff choose and every reader sees (drafts
 * included: they may be published any minute, and filtering by status made the query much slower);
 * then watched coins, those in the most watchlists first, where readers' choices come in. Only
 * Payload queries, so it runs the same on SQLite and MongoDB.
 */
export async function findRefreshTargets(
  payload: Payload,
  { maxCoins }: { maxCoins: number },
): Promise<TRefreshTargets> {
  const chosen = new Map<string, TCoinRow>()
  for (const coin of await findTopCoins(payload, Math.min(TOP_COINS_BY_RANK, maxCoins))) {
    chosen.set(String(coin.id), coin)
  }

  const candidates = new Set<string>()
  await collectCoinsIn(payload, 'articles', candidates)
  // 快讯 show each linked coin's move since publishing (发布后涨跌), so their coins move too.
  await collectCoinsIn(payload, 'flashes', candidates)
  for (const id of await watchedCoinsMostWatchedFirst(payload)) candidates.add(id)
  const wanted = [...candidates].filter((id) => !chosen.has(id))

  let next = 0
  while (next < wanted.length && chosen.size < maxCoins) {
    const slice = wanted.slice(next, next + Math.min(PAGE, maxCoins - chosen.size))
    next += slice.length
    const { docs } = await payload.find({
      collection: 'coins',
      where: { id: { in: slice } },
      select: STORED_FIGURES_SELECT,
      depth: 0,
      limit: slice.length,
      pagination: false,
      overrideAccess: true,
    })
    const byId = new Map(docs.map((coin) => [String(coin.id), coin as TCoinRow]))
    // In the order wanted, not the database's; an id whose coin is gone is skipped.
    for (const id of slice) {
      const coin = byId.get(id)
      if (coin) chosen.set(id, coin)
    }
  }
  return { coins: [...chosen.values()], leftOut: wanted.length - next }
}

async function findTopCoins(payload: Payload, limit: number): Promise<TCoinRow[]> {
  const { docs } = await payload.find({
    collection: 'coins',
    // Not `exists`: SQLite and MongoDB sort null ranks first, and treat null and missing apart.
    where: { rank: { greater_than_equal: 1 } },
    sort: 'rank',
    select: STORED_FIGURES_SELECT,
    depth: 0,
    limit,
    overrideAccess: true,
  })
  return docs as TCoinRow[]
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

/**
 * The coins of all watchlists, those in the most lists first (ties in the order first seen).
 * Watchlists are read in id order, a page at a time from the last id seen (no offsets to skip).
 */
async function watchedCoinsMostWatchedFirst(payload: Payload): Promise<string[]> {
  const watchers = new Map<string, number>()
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
        if (id !== null && id !== undefined) {
          watchers.set(String(id), (watchers.get(String(id)) ?? 0) + 1)
        }
      }
    }
    if (docs.length < PAGE) break
    after = docs[docs.length - 1]!.id
  }
  // Array sort is stable, so equal counts keep the order first seen.
  return [...watchers.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

/**
 * The distinct coins that articles mention (Payload's findDistinct): on SQLite one pass over an
 * index of the articles with a lookup of each one's relations, far cheaper than reading every
 * article's coins (figures in docs/market-data.md).
 */
async function collectCoinsIn(
  payload: Payload,
  collection: 'articles' | 'flashes',
  into: Set<string>,
): Promise<void> {
  for (let page = 1; ; page++) {
    const result = await payload.findDistinct({
      collection,
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
