import enArticle from '@/messages/en/article.json' with { type: 'json' }
import enAuthor from '@/messages/en/author.json' with { type: 'json' }
import enCoin from '@/messages/en/coin.json' with { type: 'json' }
import enBookmarks from '@/messages/en/bookmarks.json' with { type: 'json' }
import enDisclaimer from '@/messages/en/disclaimer.json' with { type: 'json' }
import enFeed from '@/messages/en/feed.json' with { type: 'json' }
import enMarket from '@/messages/en/market.json' with { type: 'json' }
import enWatchlist from '@/messages/en/watchlist.json' with { type: 'json' }
import enWatchlistNews from '@/messages/en/watchlistNews.json' with { type: 'json' }
import enAccount from '@/messages/en/account.json' with { type: 'json' }
import enForms from '@/messages/en/forms.json' with { type: 'json' }
import enFlash from '@/messages/en/flash.json' with { type: 'json' }
import enHot from '@/messages/en/hot.json' with { type: 'json' }
import enSite from '@/messages/en/site.json' with { type: 'json' }
import enStatus from '@/messages/en/status.json' with { type: 'json' }
import enSearch from '@/messages/en/search.json' with { type: 'json' }
import zhCNArticle from '@/messages/zh-CN/article.json' with { type: 'json' }
import zhCNAuthor from '@/messages/zh-CN/author.json' with { type: 'json' }
import zhCNCoin from '@/messages/zh-CN/coin.json' with { type: 'json' }
import zhCNBookmarks from '@/messages/zh-CN/bookmarks.json' with { type: 'json' }
import zhCNDisclaimer from '@/messages/zh-CN/disclaimer.json' with { type: 'json' }
import zhCNFeed from '@/messages/zh-CN/feed.json' with { type: 'json' }
import zhCNMarket from '@/messages/zh-CN/market.json' with { type: 'json' }
import zhCNWatchlist from '@/messages/zh-CN/watchlist.json' with { type: 'json' }
import zhCNWatchlistNews from '@/messages/zh-CN/watchlistNews.json' with { type: 'json' }
import zhCNAccount from '@/messages/zh-CN/account.json' with { type: 'json' }
import zhCNForms from '@/messages/zh-CN/forms.json' with { type: 'json' }
import zhCNFlash from '@/messages/zh-CN/flash.json' with { type: 'json' }
import zhCNHot from '@/messages/zh-CN/hot.json' with { type: 'json' }
import zhCNSite from '@/messages/zh-CN/site.json' with { type: 'json' }
import zhCNStatus from '@/messages/zh-CN/status.json' with { type: 'json' }
import zhCNSearch from '@/messages/zh-CN/search.json' with { type: 'json' }
import zhTWArticle from '@/messages/zh-TW/article.json' with { type: 'json' }
import zhTWAuthor from '@/messages/zh-TW/author.json' with { type: 'json' }
import zhTWCoin from '@/messages/zh-TW/coin.json' with { type: 'json' }
import zhTWBookmarks from '@/messages/zh-TW/bookmarks.json' with { type: 'json' }
import zhTWDisclaimer from '@/messages/zh-TW/disclaimer.json' with { type: 'json' }
import zhTWFeed from '@/messages/zh-TW/feed.json' with { type: 'json' }
import zhTWMarket from '@/messages/zh-TW/market.json' with { type: 'json' }
import zhTWWatchlist from '@/messages/zh-TW/watchlist.json' with { type: 'json' }
import zhTWWatchlistNews from '@/messages/zh-TW/watchlistNews.json' with { type: 'json' }
import zhTWAccount from '@/messages/zh-TW/account.json' with { type: 'json' }
import zhTWForms from '@/messages/zh-TW/forms.json' with { type: 'json' }
import zhTWFlash from '@/messages/zh-TW/flash.json' with { type: 'json' }
import zhTWHot from '@/messages/zh-TW/hot.json' with { type: 'json' }
import zhTWSite from '@/messages/zh-TW/site.json' with { type: 'json' }
import zhTWStatus from '@/messages/zh-TW/status.json' with { type: 'json' }
import zhTWSearch from '@/messages/zh-TW/search.json' with { type: 'json' }

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
  author: zhCNAuthor,
  bookmarks: zhCNBookmarks,
  market: zhCNMarket,
  watchlist: zhCNWatchlist,
  watchlistNews: zhCNWatchlistNews,
  account: zhCNAccount,
  forms: zhCNForms,
  flash: zhCNFlash,
  search: zhCNSearch,
  coin: zhCNCoin,
  hot: zhCNHot,
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
    author: zhTWAuthor,
    bookmarks: zhTWBookmarks,
    market: zhTWMarket,
    account: zhTWAccount,
    forms: zhTWForms,
    flash: zhTWFlash,
    hot: zhTWHot,
    watchlist: zhTWWatchlist,
    watchlistNews: zhTWWatchlistNews,
    search: zhTWSearch,
    coin: zhTWCoin,
  },
  en: {
    site: enSite,
    disclaimer: enDisclaimer,
    feed: enFeed,
    status: enStatus,
    article: enArticle,
    author: enAuthor,
    bookmarks: enBookmarks,
    market: enMarket,
    account: enAccount,
    forms: enForms,
    flash: enFlash,
    hot: enHot,
    watchlist: enWatchlist,
    watchlistNews: enWatchlistNews,
    search: enSearch,
    coin: enCoin,
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
