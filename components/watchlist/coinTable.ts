import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import { freshnessOf, type TFreshness } from '@/components/market/freshness'

/** The text of the watchlist's tables, search and panel, handed down by the server page. */
export type TWatchlistText = Pick<TMessages, 'watchlist' | 'market'>

/** What both watchlist tables (the panel's and the full list's) are given. */
export type TCoinTableProps = {
  coins: readonly TWatchlistCoin[]
  /** The table's name for screen readers. */
  caption: string
  refreshSeconds: number
  /** When the list was read: a row is judged stale against this, not against the render time. */
  now: Date
  text: TWatchlistText
  /** The edition, for 市值 in 万/亿, 萬/億/兆 or K/M/B. */
  locale: TLocale
}

/** How current one row's figures are, by the table's refresh period and clock. */
export function coinFreshness(
  coin: TWatchlistCoin,
  table: Pick<TCoinTableProps, 'refreshSeconds' | 'now' | 'text'>,
): TFreshness {
  return freshnessOf({
    priceUpdatedAt: coin.priceUpdatedAt,
    refreshSeconds: table.refreshSeconds,
    now: table.now,
    text: table.text.market,
  })
}
