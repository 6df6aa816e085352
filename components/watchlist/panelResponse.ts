import type { TParser } from '@/lib/browser/apiClient'
import type { TWatchlistCoin, TWatchlistResponse } from '@/lib/watchlist/contract'

/**
 * lib/watchlist/contract's ZWatchlistResponse, checked by hand in the browser. The 我的自选 panel
 * is on every feed and article page, and the contract module's zod schemas would put zod (~55 KB
 * of script to parse and run) into those pages' first scripts for this one answer. Only the types
 * are imported from the contract; tests/unit/panel-response.test.ts holds this check to the schema
 * (same verdict, same output) on valid and broken answers.
 */

/** The sidebar shows at most this many rows: the contract's PANEL_ROWS (the unit test checks). */
export const SIDEBAR_ROWS = 10

type TRecord = Record<string, unknown>

const isRecord = (value: unknown): value is TRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** zod 4 numbers are finite: NaN and Infinity are refused (JSON cannot carry them anyway). */
const isFigure = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value))

const isSeries = (value: unknown): value is number[] =>
  Array.isArray(value) &&
  value.every((point) => typeof point === 'number' && Number.isFinite(point))

function coinOf(value: unknown): TWatchlistCoin | undefined {
  if (!isRecord(value)) return undefined
  const { id, symbol, name, marketDataId, rank, price, marketCap, change24h, priceUpdatedAt } =
    value
  if (typeof id !== 'string' || id.length === 0) return undefined
  if (typeof symbol !== 'string' || typeof name !== 'string') return undefined
  if (typeof marketDataId !== 'string') return undefined
  if (!isFigure(rank) || !isFigure(price) || !isFigure(marketCap) || !isFigure(change24h))
    return undefined
  if (priceUpdatedAt !== null && typeof priceUpdatedAt !== 'string') return undefined
  // Like a zod object: only the known keys are kept; the series only when the answer has the key.
  const coin: TWatchlistCoin = {
    id,
    symbol,
    name,
    marketDataId,
    rank,
    price,
    marketCap,
    change24h,
    priceUpdatedAt,
  }
  if (!('sparkline7d' in value) || value.sparkline7d === undefined) return coin
  const { sparkline7d } = value
  if (sparkline7d !== null && !isSeries(sparkline7d)) return undefined
  return { ...coin, sparkline7d }
}

function coinsOf(value: unknown): TWatchlistCoin[] | undefined {
  if (!Array.isArray(value)) return undefined
  const coins: TWatchlistCoin[] = []
  for (const item of value) {
    const coin = coinOf(item)
    if (!coin) return undefined
    coins.push(coin)
  }
  return coins
}

/** The answer of GET /api/watchlists/panel and GET/PUT /api/watchlists/mine, or undefined. */
export function parseWatchlistResponse(value: unknown): TWatchlistResponse | undefined {
  if (!isRecord(value) || typeof value.personal !== 'boolean') return undefined
  if (!isRecord(value.market)) return undefined
  const { sampleData, refreshSeconds } = value.market
  if (typeof sampleData !== 'boolean') return undefined
  if (typeof refreshSeconds !== 'number' || !Number.isFinite(refreshSeconds)) return undefined
  if (refreshSeconds <= 0) return undefined
  const coins = coinsOf(value.coins)
  if (!coins) return undefined
  const answer = { personal: value.personal, coins, market: { sampleData, refreshSeconds } }
  if (value.popular === undefined) return answer
  const popular = coinsOf(value.popular)
  return popular ? { ...answer, popular } : undefined
}

/** parseWatchlistResponse in the shape fetchJson takes. */
export const watchlistResponseParser: TParser<TWatchlistResponse> = {
  safeParse(value) {
    const data = parseWatchlistResponse(value)
    return data === undefined ? { success: false } : { success: true, data }
  },
}
