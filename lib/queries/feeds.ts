import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { SITEMAP_CHUNK_SIZE } from '@/lib/syndication/sitemap'
import {
  countPublishedArticles,
  findNewsItems,
  findRssItems,
  findSitemapChunk,
} from './findSyndication'
import { getPayloadClient } from './payload'
import type { TTab } from './findTags'

/**
 * Cached reads behind /rss.xml, the sitemaps and the news sitemap, per edition (the locale is in
 * the key; English lists only articles written in English). All carry the article-lists tag, so
 * publishing, editing, unpublishing or deleting an article renews them like the feed pages.
 * `locale` defaults to zh-CN only until every route passes its edition (issue #20).
 */

export function getRssItems(tag?: TTab, locale: TLocale = DEFAULT_LOCALE) {
  return unstable_cache(
    async () => findRssItems({ payload: await getPayloadClient(), locale, tagId: tag?.id }),
    ['rss', locale, tag?.slug ?? '*'],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}

/**
 * The 48-hour window moves with the clock while no article changes, so this list also expires
 * on its own every few minutes; the route filters by the window once more when it answers.
 */
export function getNewsItems(locale: TLocale = DEFAULT_LOCALE) {
  return unstable_cache(
    async () => findNewsItems({ payload: await getPayloadClient(), locale }),
    ['news-sitemap', locale],
    { tags: [CACHE_TAGS.articleLists], revalidate: 300 },
  )()
}

export function getPublishedArticleCount(locale: TLocale = DEFAULT_LOCALE) {
  return unstable_cache(
    async () => countPublishedArticles(await getPayloadClient(), locale),
    ['published-count', locale],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}

export function getSitemapChunk(chunk: number, locale: TLocale = DEFAULT_LOCALE) {
  return unstable_cache(
    async () =>
      findSitemapChunk({
        payload: await getPayloadClient(),
        locale,
        chunk,
        size: SITEMAP_CHUNK_SIZE,
      }),
    ['sitemap-chunk', locale, String(chunk)],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}
