import type { MarketDataProvider, TCoinSearchResult, TMarketQuote } from '@/lib/market/types'
import { SAMPLE_QUOTES } from './sampleQuotes'

/**
 * Bundled sample quotes (示例数据) for machines without internet and for development. Its figures
 * are dated "now" so that they are not marked stale; the portal labels them as samples because
 * `isSampleData` is true.
 */
export function createOfflineProvider(options: { now?: () => Date } = {}): MarketDataProvider {
  const now = options.now ?? (() => new Date())
  const byId = new Map(SAMPLE_QUOTES.map((quote) => [quote.id, quote]))
  return {
    name: 'offline',
    isSampleData: true,
    async fetchQuotes(ids) {
      const updatedAt = now()
      return [...new Set(ids)].flatMap((id): TMarketQuote[] => {
        const sample = byId.get(id)
        return sample ? [{ ...sample, sparkline7d: [...sample.sparkline7d], updatedAt }] : []
      })
    },
    async searchCoins(query) {
      const needle = query.trim().toLowerCase()
      if (!needle) return []
      return SAMPLE_QUOTES.filter(
        (quote) =>
          quote.symbol.toLowerCase().includes(needle) ||
          quote.name.toLowerCase().includes(needle) ||
          quote.id.includes(needle),
      ).map((quote): TCoinSearchResult => ({
        id: quote.id,
        symbol: quote.symbol,
        name: quote.name,
        rank: quote.rank,
        thumb: null,
      }))
    },
  }
}
