import 'server-only'

import { CACHE_TAGS } from '@/lib/cacheTags'
import type { TLocale } from '@/lib/i18n/locales'
import { cachedUnlessEmpty } from '@/lib/queries/cachedUnlessEmpty'
import type { TTab } from '@/lib/queries/cards'
import { isKnownFeedCursor } from '@/lib/queries'
import { getPayloadClient } from '@/lib/queries/payload'
import { findApiArticlePage, type TArticleFilters } from './findArticles'
import { findApiCoin, findApiCoinPage } from './findCoins'

/**
 * The content API's own cached reads, for what the portal's reads (lib/queries) do not answer:
 * lists with the API's fields and filters, coins with their figures. They carry the portal's
 * cache tags, so every change that renews a page renews them (and empties the page cache) in the
 * same call (lib/revalidate.ts). Keys come from URLs, so as in lib/queries only answers worth
 * keeping are kept: pages with items after a cursor the portal wrote, and no list narrowed by a
 * `since` time (any instant is a new key); those are still answered, from the database.
 */

const cursorKey = (cursor: TArticleFilters['cursor']) =>
  cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first'

export function getApiArticlePage(options: {
  siteUrl: string
  locale: TLocale
  filters: TArticleFilters
  knownTags: TTab[]
}) {
  const { siteUrl, locale, filters, knownTags } = options
  const read = async () =>
    findApiArticlePage({ payload: await getPayloadClient(), siteUrl, locale, filters, knownTags })
  if (filters.since) return read()
  return cachedUnlessEmpty({
    read,
    keep: async (page) =>
      page.items.length > 0 &&
      (!filters.cursor || (await isKnownFeedCursor(filters.cursor, locale))),
    keyParts: [
      'api-articles',
      siteUrl,
      locale,
      filters.tagId ?? '*',
      filters.coinId ?? '*',
      filters.authorId ?? '*',
      cursorKey(filters.cursor),
      String(filters.limit),
    ],
    tags: [
      CACHE_TAGS.articleLists,
      CACHE_TAGS.tags,
      CACHE_TAGS.authors,
      ...(filters.coinId ? [CACHE_TAGS.coinPage(filters.coinId)] : []),
    ],
  })
}

/** Pages past the last are empty and not kept. */
export function getApiCoinPage(options: {
  siteUrl: string
  locale: TLocale
  page: number
  limit: number
}) {
  return cachedUnlessEmpty({
    read: async () => findApiCoinPage({ payload: await getPayloadClient(), ...options }),
    keep: (page) => page.items.length > 0,
    keyParts: [
      'api-coins',
      options.siteUrl,
      options.locale,
      String(options.page),
      String(options.limit),
    ],
    tags: [CACHE_TAGS.coins, CACHE_TAGS.coinProfiles],
  })
}

/** A coin with its figures: a market refresh (the `coins` tag) renews it. Unknown ids are not kept. */
export function getApiCoin(options: { siteUrl: string; locale: TLocale; marketDataId: string }) {
  return cachedUnlessEmpty({
    read: async () => findApiCoin({ payload: await getPayloadClient(), ...options }),
    keep: (coin) => coin !== null,
    keyParts: ['api-coin', options.siteUrl, options.locale, options.marketDataId],
    tags: [CACHE_TAGS.coins, CACHE_TAGS.coinProfiles],
  })
}
