import type { TRequestFailureText } from '@/lib/account/formMessages'
import type { TLocale } from '@/lib/i18n/locales'
import { pickMessages, type TMessages } from '@/lib/i18n/messages'
import type { TWatchlistCoin } from '@/lib/watchlist/contract'
import { freshnessOf, type TFreshness } from '@/components/market/freshness'

/**
 * The text of /watchlist (tables, search, announcements, what a failed request says), handed
 * down by the server page.
 */
export type TWatchlistText = Pick<TMessages, 'watchlist' | 'market'> & {
  requests: TRequestFailureText
}

type TWatchlistKey = keyof TMessages['watchlist']

/** The messages both tables use (column heads, row buttons). */
const TABLE_KEYS = [
  'coin',
  'marketCap',
  'price',
  'change24h',
  'popular',
  'trend7d',
  'actions',
  'remove',
  'removeCoin',
  'moveUp',
  'moveDown',
  'moveUpCoin',
  'moveDownCoin',
] as const satisfies readonly TWatchlistKey[]

/** What the sidebar panel says besides its table. */
const PANEL_KEYS = [
  'title',
  'viewAll',
  'unavailable',
  'retry',
  'topCoins',
  'loginToManage',
  'myCoins',
  'emptyShort',
  'addCoins',
  'countViewAll',
  'addOrAdjust',
  'loadingMarket',
] as const satisfies readonly TWatchlistKey[]

type TTableText = {
  watchlist: Pick<TMessages['watchlist'], (typeof TABLE_KEYS)[number]>
  market: TMessages['market']
}

/**
 * The 我的自选 panel's text. The panel is on every feed and article page, so it is handed only
 * these messages rather than the whole watchlist namespace (search, announcements …).
 */
export type TPanelText = {
  watchlist: Pick<TMessages['watchlist'], (typeof TABLE_KEYS | typeof PANEL_KEYS)[number]>
  market: TMessages['market']
}

export const panelTextOf = (messages: TMessages): TPanelText => ({
  watchlist: pickMessages(messages.watchlist, [...TABLE_KEYS, ...PANEL_KEYS]),
  market: messages.market,
})

/** What both watchlist tables (the panel's and the full list's) are given. */
export type TCoinTableProps = {
  coins: readonly TWatchlistCoin[]
  /** The table's name for screen readers. */
  caption: string
  refreshSeconds: number
  /** When the list was read: a row is judged stale against this, not against the render time. */
  now: Date
  text: TTableText
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
