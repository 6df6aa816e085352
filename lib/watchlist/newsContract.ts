import { z } from 'zod/mini'

/**
 * The JSON of GET /api/watchlists/news (自选资讯): a page of the articles and 快讯 linked to the
 * coins of the signed-in reader's watchlist. The server builds it, the browser parses it with the
 * same schema (zod/mini keeps the bundle small).
 */

export const ZWatchlistNewsCoin = z.object({
  id: z.string(),
  symbol: z.string(),
  marketDataId: z.string(),
})

export const ZWatchlistNewsItem = z.object({
  kind: z.enum(['article', 'flash']),
  id: z.string(),
  title: z.string(),
  /** The item's page in the edition asked for. */
  href: z.string(),
  publishedAt: z.string(),
  /** The watchlist's coins the item is linked to: why it is listed. */
  coins: z.array(ZWatchlistNewsCoin),
})
export type TWatchlistNewsItem = z.infer<typeof ZWatchlistNewsItem>

export const ZWatchlistNewsResponse = z.object({
  items: z.array(ZWatchlistNewsItem),
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: z.nullable(z.string()),
  /** How many coins the watchlist has: none means an empty list, not a quiet market. */
  watchlistCoins: z.number(),
})
export type TWatchlistNewsResponse = z.infer<typeof ZWatchlistNewsResponse>
