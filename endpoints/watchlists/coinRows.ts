import type { PayloadRequest } from 'payload'

import type { Coin } from '@/payload-types'
import { getEnv } from '@/lib/env'
import { getMarketDataProvider } from '@/lib/market/provider'
import type { TMarketMeta, TWatchlistCoin } from '@/lib/watchlist/contract'

const finiteOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

export type TRowOptions = {
  /**
   * Include the 7-day series (42 numbers a coin): /watchlist draws it, the sidebar panel that
   * every page loads does not need it.
   */
  sparklines: boolean
}

/**
 * The public market fields of a coin, in the shape the browser parses. `sparkline7d` is passed on
 * only when asked for and the stored coin has a usable one (a JSON field: checked, not trusted).
 */
export function toWatchlistCoin(doc: Coin, options: TRowOptions): TWatchlistCoin {
  const row: TWatchlistCoin = {
    id: String(doc.id),
    symbol: doc.symbol,
    name: doc.name,
    marketDataId: doc.marketDataId,
    rank: finiteOrNull(doc.rank),
    price: finiteOrNull(doc.price),
    marketCap: finiteOrNull(doc.marketCap),
    change24h: finiteOrNull(doc.change24h),
    priceUpdatedAt: doc.priceUpdatedAt ?? null,
  }
  const sparkline: unknown = doc.sparkline7d
  if (
    options.sparklines &&
    Array.isArray(sparkline) &&
    sparkline.every((point) => Number.isFinite(point))
  ) {
    row.sparkline7d = sparkline as number[]
  }
  return row
}

/** Whether the figures are bundled samples, and how old they may get before they count as stale. */
export function marketMeta(): TMarketMeta {
  return {
    sampleData: getMarketDataProvider().isSampleData,
    refreshSeconds: getEnv().MARKET_REFRESH_SECONDS,
  }
}

/** Coins by id, as whoever asks may read them (coins are public, but the rules stay in force). */
export async function findCoinsByIds(
  req: PayloadRequest,
  ids: readonly (number | string)[],
): Promise<Map<string, Coin>> {
  if (ids.length === 0) return new Map()
  const found = await req.payload.find({
    collection: 'coins',
    where: { id: { in: [...ids] } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return new Map(found.docs.map((coin) => [String(coin.id), coin]))
}

/** The ids' coins in the ids' order; ids whose coin is gone are skipped. */
export async function coinsInOrder(
  req: PayloadRequest,
  ids: readonly (number | string)[],
  options: TRowOptions,
): Promise<TWatchlistCoin[]> {
  const byId = await findCoinsByIds(req, ids)
  return ids.flatMap((id) => {
    const coin = byId.get(String(id))
    return coin ? [toWatchlistCoin(coin, options)] : []
  })
}

/**
 * The highest-ranked coins (coins without a rank never qualify), leaving out `excluding`: the
 * visitors' list, and the 热门币种 under a short personal list.
 */
export async function topCoins(
  req: PayloadRequest,
  count: number,
  options: TRowOptions & { excluding?: readonly (number | string)[] },
): Promise<TWatchlistCoin[]> {
  if (count <= 0) return []
  const excluding = options.excluding?.length ? [{ id: { not_in: [...options.excluding] } }] : []
  const found = await req.payload.find({
    collection: 'coins',
    where: { and: [{ rank: { exists: true } }, ...excluding] },
    sort: 'rank',
    depth: 0,
    limit: count,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs.map((coin) => toWatchlistCoin(coin, options))
}
