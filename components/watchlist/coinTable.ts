import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import { freshnessOf, type TFreshness } from '@/components/market/freshness'

/** What both watchlist tables (the panel's and the full list's) are given. */
export type TCoinTableProps = {
  coins: readonly TWatchlistCoin[]
  /** The table's name for screen readers. */
  caption: string
  refreshSeconds: number
  /** When the list was read: a row is judged stale against this, not against the render time. */
  now: Date
}

/** How current one row's figures are, by the table's refresh period and clock. */
export function coinFreshness(
  coin: TWatchlistCoin,
  table: Pick<TCoinTableProps, 'refreshSeconds' | 'now'>,
): TFreshness {
  return freshnessOf({
    priceUpdatedAt: coin.priceUpdatedAt,
    refreshSeconds: table.refreshSeconds,
    now: table.now,
  })
}
