import { isStale } from '@/lib/market/staleness'
import { STORED_FIGURES_SELECT, type TStoredFigures } from '@/lib/market/storedFigures'

type TStoredCoin = TStoredFigures & { symbol: string; name: string }

/** The market view of a stored coin that the JSON endpoints return. */
export function publicQuote(coin: TStoredCoin, refreshSeconds: number, now = new Date()) {
  return {
    id: coin.id,
    marketDataId: coin.marketDataId,
    symbol: coin.symbol,
    name: coin.name,
    price: coin.price ?? null,
    marketCap: coin.marketCap ?? null,
    change24h: coin.change24h ?? null,
    rank: coin.rank ?? null,
    sparkline7d: Array.isArray(coin.sparkline7d) ? (coin.sparkline7d as number[]) : null,
    priceUpdatedAt: coin.priceUpdatedAt ?? null,
    stale: isStale({ priceUpdatedAt: coin.priceUpdatedAt, now, refreshSeconds }),
  }
}

export const QUOTE_SELECT = { ...STORED_FIGURES_SELECT, symbol: true, name: true } as const
