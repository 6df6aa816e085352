// Coin search and adoption, used on /watchlist only; the panel's calls are in panelApi.ts.
import { z } from 'zod/mini'

import { fetchJson, type TFetchResult } from '@/lib/browser/apiClient'
import { ZQuote } from '@/components/market/quotesApi'

/** One hit of GET /api/coins/search (endpoints/coins/search.ts). */
const ZSearchHit = z.object({
  marketDataId: z.string(),
  symbol: z.string(),
  name: z.string(),
  /** 中文名 of a coin in the collection; optional so an older server's answer still parses. */
  nameZh: z.optional(z.nullable(z.string())),
  rank: z.nullable(z.number()),
  thumb: z.nullable(z.string()),
  /** In the collection already (then `coinId` is set); otherwise it must be adopted first. */
  inCollection: z.boolean(),
  coinId: z.nullable(z.union([z.string(), z.number()])),
})
export type TSearchHit = z.infer<typeof ZSearchHit>

const ZSearchResponse = z.object({
  results: z.array(ZSearchHit),
  provider: z.object({
    ok: z.boolean(),
    error: z.optional(z.string()),
    /** Why the provider was not asked (endpoints/coins/searchProvider.ts); unknown ones too. */
    leftOut: z.optional(z.string()),
    retryAfterSeconds: z.optional(z.number()),
  }),
})
export type TSearchResponse = z.infer<typeof ZSearchResponse>

export function searchCoins(
  query: string,
  signal?: AbortSignal,
): Promise<TFetchResult<TSearchResponse>> {
  return fetchJson(`/api/coins/search?q=${encodeURIComponent(query)}`, ZSearchResponse, { signal })
}

/**
 * POST /api/coins/adopt answers the coin (created on first use) with the stored figures a quote
 * has; `stale` belongs to quotes only.
 */
const ZAdoptResponse = z.object({ doc: z.omit(ZQuote, { stale: true }) })
export type TAdoptedCoin = z.infer<typeof ZAdoptResponse>['doc']

export async function adoptCoin(marketDataId: string): Promise<TFetchResult<TAdoptedCoin>> {
  const result = await fetchJson('/api/coins/adopt', ZAdoptResponse, {
    method: 'POST',
    json: { marketDataId },
  })
  return result.ok ? { ...result, data: result.data.doc } : result
}
