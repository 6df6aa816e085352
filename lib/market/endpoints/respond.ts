import type { z } from 'zod'

import { describeIssues } from '@/lib/market/coingecko/schema'
import { isStale } from '@/lib/market/staleness'

/** Every refusal has the same shape: `{ error: '…' }` with a 4xx status. */
export const jsonError = (status: number, error: string) => Response.json({ error }, { status })

/** The first issue of a failed parse, as one readable line. */
export const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? describeIssues(error)

/** A provider id (`bitcoin`, `avalanche-2`), as the `coins.marketDataId` field accepts it. */
export const MARKET_DATA_ID = /^[a-z0-9][a-z0-9-]{0,99}$/

type TStoredCoin = {
  id: number | string
  marketDataId: string
  symbol: string
  name: string
  price?: number | null
  marketCap?: number | null
  change24h?: number | null
  rank?: number | null
  sparkline7d?: unknown
  priceUpdatedAt?: string | null
}

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

export const QUOTE_SELECT = {
  marketDataId: true,
  symbol: true,
  name: true,
  price: true,
  marketCap: true,
  change24h: true,
  rank: true,
  sparkline7d: true,
  priceUpdatedAt: true,
} as const
