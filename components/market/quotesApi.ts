import { z } from 'zod/mini'

import { fetchJson, type TFetchResult } from '@/lib/browser/apiClient'

/** One coin's stored figures as GET /api/coins/quotes answers (endpoints/coins/quotes.ts). */
export const ZQuote = z.object({
  id: z.union([z.string(), z.number()]),
  marketDataId: z.string(),
  symbol: z.string(),
  name: z.string(),
  price: z.nullable(z.number()),
  marketCap: z.nullable(z.number()),
  change24h: z.nullable(z.number()),
  rank: z.nullable(z.number()),
  sparkline7d: z.optional(z.nullable(z.array(z.number()))),
  priceUpdatedAt: z.nullable(z.string()),
  /** Decided by the server from MARKET_REFRESH_SECONDS (lib/market/staleness.ts). */
  stale: z.boolean(),
})
export type TQuote = z.infer<typeof ZQuote>

const ZQuotesResponse = z.object({
  docs: z.array(ZQuote),
  /** The figures are the offline provider's samples (示例数据). */
  sampleData: z.boolean(),
  refreshSeconds: z.number(),
})
export type TQuotesResponse = z.infer<typeof ZQuotesResponse>

/** The endpoint's limit per request. */
export const MAX_QUOTE_IDS = 250

/** Stored figures of these coins (provider ids or document ids), in one request. */
export function fetchQuotes(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<TFetchResult<TQuotesResponse>> {
  const query = ids.slice(0, MAX_QUOTE_IDS).map(encodeURIComponent).join(',')
  return fetchJson(`/api/coins/quotes?ids=${query}`, ZQuotesResponse, { signal })
}
