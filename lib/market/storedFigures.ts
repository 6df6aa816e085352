/**
 * A coin's market figures as the coins collection stores them: what the refresh compares and
 * writes, and what the JSON endpoints answer with. One list, so a new figure reaches both.
 */
export type TStoredFigures = {
  id: number | string
  marketDataId: string
  price?: number | null
  marketCap?: number | null
  change24h?: number | null
  rank?: number | null
  sparkline7d?: unknown
  priceUpdatedAt?: string | null
}

export const STORED_FIGURES_SELECT = {
  marketDataId: true,
  price: true,
  marketCap: true,
  change24h: true,
  rank: true,
  sparkline7d: true,
  priceUpdatedAt: true,
} as const
