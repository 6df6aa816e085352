import enArticle from '@/messages/en/article.json'
import enBookmarks from '@/messages/en/bookmarks.json'
import enDisclaimer from '@/messages/en/disclaimer.json'
import enFeed from '@/messages/en/feed.json'
import enMarket from '@/messages/en/market.json'
import enWatchlist from '@/messages/en/watchlist.json'
import enAccount from '@/messages/en/account.json'
import enSite from '@/messages/en/site.json'
import enStatus from '@/messages/en/status.json'
import zhCNArticle from '@/messages/zh-CN/article.json'
import zhCNBookmarks from '@/messages/zh-CN/bookmarks.json'
import zhCNDisclaimer from '@/messages/zh-CN/disclaimer.json'
import zhCNFeed from '@/messages/zh-CN/feed.json'
import zhCNMarket from '@/messages/zh-CN/market.json'
import zhCNWatchlist from '@/messages/zh-CN/watchlist.json'
import zhCNAccount from '@/messages/zh-CN/account.json'
import zhCNSite from '@/messages/zh-CN/site.json'
import zhCNStatus from '@/messages/zh-CN/status.json'
import zhTWArticle from '@/messages/zh-TW/article.json'
import zhTWBookmarks from '@/messages/zh-TW/bookmarks.json'
import zhTWDisclaimer from '@/messages/zh-TW/disclaimer.json'
import zhTWFeed from '@/messages/zh-TW/feed.json'
import zhTWMarket from '@/messages/zh-TW/market.json'
import zhTWWatchlist from '@/messages/zh-TW/watchlist.json'
import zhTWAccount from '@/messages/zh-TW/account.json'
import zhTWSite from '@/messages/zh-TW/site.json'
import zhTWStatus from '@/messages/zh-TW/status.json'

import type { TLocale } from './locales'

/**
 * The portal's interface text per edition, one JSON file per namespace under messages/<locale>/.
 * zh-CN is the source: its shape is the type every edition must match, and
 * tests/unit/message-catalogs.test.ts fails on a key or placeholder that one edition lacks.
 * Client components get their text as props from a server parent, so the browser loads no
 * message catalog and no ICU parser; the error page, which has no server parent, imports its
 * own namespace (status) directly.
 */
const zhCN = {
  site: zhCNSite,
  disclaimer: zhCNDisclaimer,
  feed: zhCNFeed,
  status: zhCNStatus,
  article: zhCNArticle,
  bookmarks: zhCNBookmarks,
  market: zhCNMarket,
  watchlist: zhCNWatchlist,
  account: zhCNAccount,
}
export type TMessages = typeof zhCN
export type TNamespace = keyof TMessages

export const MESSAGES: Record<TLocale, TMessages> = {
  'zh-CN': zhCN,
  'zh-TW': {
    site: zhTWSite,
    disclaimer: zhTWDisclaimer,
    feed: zhTWFeed,
    status: zhTWStatus,
    article: zhTWArticle,
    bookmarks: zhTWBookmarks,
    market: zhTWMarket,
    account: zhTWAccount,
    watchlist: zhTWWatchlist,
  },
  en: {
    site: enSite,
    disclaimer: enDisclaimer,
    feed: enFeed,
    status: enStatus,
    article: enArticle,
    bookmarks: enBookmarks,
    market: enMarket,
    account: enAccount,
    watchlist: enWatchlist,
  },
}

/**
 * One edition's catalog as plain objects, for a server component to hand a namespace to a client
 * child (`text={messagesFor(locale).feed}`); the child fills `{placeholders}` with formatMessage.
 */
export const messagesFor = (locale: TLocale): TMessages => MESSAGES[locale]

/**
 * Only `keys` of a namespace: what a client component is handed when it uses a few of its
 * namespace's messages, so the rest does not travel in every page's payload.
 */
export function pickMessages<T extends object, K extends keyof T>(
  namespace: T,
  keys: readonly K[],
): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, namespace[key]])) as Pick<T, K>
}
