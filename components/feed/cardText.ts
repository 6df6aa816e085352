import type { TLocale } from '@/lib/i18n/locales'
import { pickMessages, type TMessages } from '@/lib/i18n/messages'

/**
 * Only the messages a feed card and its 收藏 use: they travel in every feed page's payload to the
 * client lists, so the rest of the feed and bookmarks namespaces (page titles, the account page's
 * bookmark list) stays on the server.
 */
const CARD_FEED_KEYS = [
  'featured',
  'tags',
  'coins',
  'loaded',
  'loadFailed',
  'loading',
  'loadMore',
  'noMore',
] as const satisfies readonly (keyof TMessages['feed'])[]

const BOOKMARK_TOGGLE_KEYS = [
  'bookmark',
  'bookmarked',
  'bookmarkArticle',
  'bookmarkedArticle',
  'added',
  'removed',
  'gone',
  'addFailed',
  'removeFailed',
  'networkError',
] as const satisfies readonly (keyof TMessages['bookmarks'])[]

/** What the 收藏 button and its click say, on the article page and on feed cards. */
export type TBookmarkToggleText = Pick<
  TMessages['bookmarks'],
  (typeof BOOKMARK_TOGGLE_KEYS)[number]
>

/**
 * What a feed card says (头条, 标签, 收藏 …) and in which edition (its links and times), handed down
 * by the server page to the client lists.
 */
export type TCardText = {
  locale: TLocale
  feed: Pick<TMessages['feed'], (typeof CARD_FEED_KEYS)[number]>
  bookmarks: TBookmarkToggleText
}

export const bookmarkToggleTextOf = (messages: TMessages): TBookmarkToggleText =>
  pickMessages(messages.bookmarks, BOOKMARK_TOGGLE_KEYS)

export const cardTextOf = (messages: TMessages, locale: TLocale): TCardText => ({
  locale,
  feed: pickMessages(messages.feed, CARD_FEED_KEYS),
  bookmarks: bookmarkToggleTextOf(messages),
})
