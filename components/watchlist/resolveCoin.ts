import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import type { TFetchResult } from '@/lib/browser/apiClient'
import { fetchQuotes } from '@/components/market/quotesApi'
import { adoptCoin, type TSearchHit } from './watchlistApi'

type TStoredFigures = Omit<TWatchlistCoin, 'id'> & { id: number | string }

const toRow = (coin: TStoredFigures): TWatchlistCoin => ({
  id: String(coin.id),
  symbol: coin.symbol,
  name: coin.name,
  marketDataId: coin.marketDataId,
  rank: coin.rank,
  price: coin.price,
  marketCap: coin.marketCap,
  change24h: coin.change24h,
  priceUpdatedAt: coin.priceUpdatedAt,
  sparkline7d: coin.sparkline7d ?? null,
})

/**
 * A search hit as a row of the list, with its stored figures so that it shows complete at once:
 * a coin not yet in the collection is adopted first (POST /api/coins/adopt); a listed one has its
 * figures read (GET /api/coins/quotes), and is still added without them if that read fails.
 */
export async function resolveCoin(hit: TSearchHit): Promise<TFetchResult<TWatchlistCoin>> {
  if (!hit.inCollection || hit.coinId === null) {
    const adopted = await adoptCoin(hit.marketDataId)
    return adopted.ok ? { ...adopted, data: toRow(adopted.data) } : adopted
  }
  const id = String(hit.coinId)
  const quotes = await fetchQuotes([id])
  const quote = quotes.ok ? quotes.data.docs.find((doc) => String(doc.id) === id) : undefined
  const row: TWatchlistCoin = quote
    ? toRow(quote)
    : {
        id,
        symbol: hit.symbol,
        name: hit.name,
        marketDataId: hit.marketDataId,
        rank: hit.rank,
        price: null,
        marketCap: null,
        change24h: null,
        priceUpdatedAt: null,
      }
  return { ok: true, status: 200, data: row }
}
