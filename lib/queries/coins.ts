import 'server-only'

import { CACHE_TAGS } from '@/lib/cacheTags'
import type { TLocale } from '@/lib/i18n/locales'
import { cachedUnlessEmpty } from './cachedUnlessEmpty'
import type { TFeedCursor } from './cursor'
import {
  cursorNamesCoinArticle,
  cursorNamesCoinFlash,
  findCoinArticlesPage,
  findCoinFlashes,
  findCoinFlashPage,
  findCoinProfile,
} from './findCoinPage'
import type { TTab } from './findTags'
import { getPayloadClient } from './payload'
import { unstable_cache } from 'next/cache'

/**
 * The cached reads of a coin page (/coins/<marketDataId>). None carries the `coins` tag that a
 * market refresh expires: the page shows no figures of its own (they come as JSON after load).
 * The lists carry the coin's page tag, which publishing, editing or unpublishing an article or
 * 快讯 linked to the coin expires (collections/hooks), and the tag list's, which names the cards'
 * tags.
 */

/** An unknown coin is answered (null) but not kept: the id comes from the URL. */
export function getCoinProfile(marketDataId: string, locale: TLocale) {
  return cachedUnlessEmpty({
    read: async () => findCoinProfile(await getPayloadClient(), marketDataId, locale),
    keep: (coin) => coin !== null,
    keyParts: ['coin-profile', locale, marketDataId],
    // A coin's name or logo changes rarely (staff edit it in the admin); an hour is soon enough.
    tags: [CACHE_TAGS.coinProfiles],
  })
}

/** Kept only with items and with a cursor the portal wrote (see getFeedPage). */
export function getCoinArticlesPage(options: {
  coinId: string
  cursor?: TFeedCursor
  tabs: TTab[]
  cursorKnown?: boolean
  locale: TLocale
}) {
  const { coinId, cursor, cursorKnown = false, locale } = options
  return cachedUnlessEmpty({
    read: async () =>
      findCoinArticlesPage({
        payload: await getPayloadClient(),
        locale,
        coinId,
        cursor,
        knownTags: options.tabs,
      }),
    keep: async (page) =>
      !cursor ||
      (page.items.length > 0 &&
        (cursorKnown || (await isKnownCoinCursor({ coinId, cursor, locale })))),
    keyParts: [
      'coin-articles',
      locale,
      coinId,
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first',
    ],
    tags: [CACHE_TAGS.coinPage(coinId), CACHE_TAGS.tags],
  })
}

/** Uncached, like isKnownFeedCursor: a made-up cursor must leave nothing behind. */
export async function isKnownCoinCursor(options: {
  coinId: string
  cursor: TFeedCursor
  locale: TLocale
}): Promise<boolean> {
  return cursorNamesCoinArticle(await getPayloadClient(), options)
}

/** The coin page's newest 快讯, with a next cursor when there are more (更多快讯). */
export function getCoinFlashes(coinId: string, locale: TLocale) {
  return unstable_cache(
    async () => findCoinFlashes(await getPayloadClient(), coinId, locale),
    ['coin-flashes-page', locale, coinId],
    { tags: [CACHE_TAGS.coinPage(coinId)] },
  )()
}

/**
 * A page of the coin's 快讯 (/coins/<id>/flash): kept only with items and with a cursor the
 * portal wrote, as getCoinArticlesPage.
 */
export function getCoinFlashPage(options: {
  coinId: string
  cursor?: TFeedCursor
  cursorKnown?: boolean
  locale: TLocale
}) {
  const { coinId, cursor, cursorKnown = false, locale } = options
  return cachedUnlessEmpty({
    read: async () =>
      findCoinFlashPage({ payload: await getPayloadClient(), locale, coinId, cursor }),
    keep: async (page) =>
      !cursor ||
      (page.items.length > 0 &&
        (cursorKnown || (await isKnownCoinFlashCursor({ coinId, cursor, locale })))),
    keyParts: [
      'coin-flash-page',
      locale,
      coinId,
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first',
    ],
    tags: [CACHE_TAGS.coinPage(coinId)],
  })
}

/** Uncached, like isKnownCoinCursor: a made-up cursor must leave nothing behind. */
export async function isKnownCoinFlashCursor(options: {
  coinId: string
  cursor: TFeedCursor
  locale: TLocale
}): Promise<boolean> {
  return cursorNamesCoinFlash(await getPayloadClient(), options)
}

/** The coin's RSS items: its 50 newest published articles. */
export function getCoinRssItems(coinId: string, locale: TLocale) {
  return unstable_cache(
    async () => {
      const { findRssItems } = await import('./findSyndication')
      return findRssItems({ payload: await getPayloadClient(), locale, coinId })
    },
    ['coin-rss', locale, coinId],
    { tags: [CACHE_TAGS.coinPage(coinId), CACHE_TAGS.tags] },
  )()
}
