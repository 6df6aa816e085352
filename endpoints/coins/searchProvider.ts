import type { PayloadRequest } from 'payload'

import { getMarketDataProvider } from '@/lib/market/provider'
import { takeReaderCall, type TReaderCallPermit } from '@/lib/market/readerBudget'
import { createPromiseCache } from '@/lib/market/searchCache'
import type { TCoinSearchResult } from '@/lib/market/types'

const providerSearches = createPromiseCache<TCoinSearchResult[]>({
  ttlMs: 10 * 60_000,
  maxEntries: 500,
})

const FREE: TReaderCallPermit = { granted: true }

/** What a search answer says about the provider's part (besides its name and sampleData). */
export type TProviderStatus = {
  /** False when the provider was asked and failed, or readers' calls are spent for the minute. */
  ok: boolean
  error?: string
  /**
   * Why the provider was not asked, on purpose: visitors search the collection only, and a reader
   * whose provider searches are spent does too until `retryAfterSeconds` have passed.
   */
  leftOut?: 'signed-out' | 'reader-budget'
  retryAfterSeconds?: number
}

export type TProviderPart = { coins: TCoinSearchResult[]; status: TProviderStatus }

const ANSWERED: TProviderStatus = { ok: true }

/**
 * The coins the provider knows for `q`. Only signed-in readers reach it: a visitor's search costs
 * no quota, so no script can spend it without accounts. A reader's search that the cache cannot
 * answer spends one of the reader's provider searches (coinProviderSearchPerUser) and one of the
 * process's calls (callBudget.ts); a failure is logged and leaves the collection's coins to answer.
 */
export async function searchProvider(req: PayloadRequest, q: string): Promise<TProviderPart> {
  // One letter matches half the market; only the collection answers it.
  if (q.length < 2) return { coins: [], status: ANSWERED }
  if (!req.user) return { coins: [], status: { ok: true, leftOut: 'signed-out' } }

  const provider = getMarketDataProvider()
  const key = `${provider.name}:${q.toLowerCase()}`
  try {
    let pending = providerSearches.peek(key)
    if (!pending) {
      // Bundled samples cost nothing; only a remote provider's quota is rationed.
      const permit = provider.isSampleData
        ? FREE
        : await takeReaderCall({ rule: 'coinProviderSearchPerUser', userId: req.user.id })
      if (!permit.granted && permit.spentBy === 'reader') {
        const { retryAfterSeconds } = permit
        return { coins: [], status: { ok: true, leftOut: 'reader-budget', retryAfterSeconds } }
      }
      if (!permit.granted) throw new Error('interactive call budget spent for this minute')
      pending = providerSearches.get(key, () => provider.searchCoins(q, { interactive: true }))
    }
    return { coins: await pending, status: ANSWERED }
  } catch (error) {
    req.payload.logger.warn(`coin search: provider failed: ${(error as Error).message}`)
    return {
      coins: [],
      status: {
        ok: false,
        error: 'the market data provider is unavailable; showing coins already listed',
      },
    }
  }
}
