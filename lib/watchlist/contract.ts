import { z } from 'zod/mini'

/**
 * The JSON that GET /api/watchlists/panel, GET /api/watchlists/mine and PUT /api/watchlists/mine
 * answer with. The server builds it, the browser parses it with the same schema, so the two cannot
 * drift apart silently. zod/mini keeps the browser bundle small.
 */

/** Must equal the collection's maxRows (collections/Watchlists.ts); a test checks it. */
export const MAX_WATCHLIST_ITEMS = 200
/** The sidebar panel shows at most this many rows; visitors get the top coins by rank. */
export const PANEL_ROWS = 10

// zod 4 numbers are finite: NaN and Infinity are refused.
const ZFigure = z.nullable(z.number())

export const ZWatchlistCoin = z.object({
  /** The coin's id in the collection, as a string (numbers on SQLite, ObjectIds on MongoDB). */
  id: z.string().check(z.minLength(1)),
  symbol: z.string(),
  name: z.string(),
  marketDataId: z.string(),
  rank: ZFigure,
  price: ZFigure,
  marketCap: ZFigure,
  change24h: ZFigure,
  /** ISO time of the stored figures; null when the coin was never refreshed. */
  priceUpdatedAt: z.nullable(z.string()),
  /** Present only when the stored data has a 7-day series. */
  sparkline7d: z.optional(z.nullable(z.array(z.number()))),
})
export type TWatchlistCoin = z.infer<typeof ZWatchlistCoin>

export const ZMarketMeta = z.object({
  /** The figures come from the offline provider's bundled samples (示例数据). */
  sampleData: z.boolean(),
  /** MARKET_REFRESH_SECONDS, so the browser can tell stale figures (lib/market/staleness.ts). */
  refreshSeconds: z.number().check(z.positive()),
})
export type TMarketMeta = z.infer<typeof ZMarketMeta>

export const ZWatchlistResponse = z.object({
  /** true: the signed-in user's own list, in their order; false: the default top coins. */
  personal: z.boolean(),
  coins: z.array(ZWatchlistCoin),
  /**
   * The panel only, for a signed-in user whose list has fewer than PANEL_ROWS coins: the market's
   * top coins not on it (热门币种), enough to fill the panel, so a new reader's panel is not empty.
   */
  popular: z.optional(z.array(ZWatchlistCoin)),
  market: ZMarketMeta,
})
export type TWatchlistResponse = z.infer<typeof ZWatchlistResponse>

/** What every endpoint of ours answers on refusal. */
export const ZErrorBody = z.object({ error: z.string() })
