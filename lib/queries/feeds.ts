import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
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
 * Cached reads behind /rss.xml, the sitemaps and the news sitemap. All carry the article-lists tag,
 * so publishing, editing, unpublishing or deleting an article renews them like the feed pages.
 */

export function getRssItems(tag?: TTab) {
  return unstable_cache(
    async () => findRssItems({ payload: await getPayloadClient(), tagId: tag?.id }),
    ['rss', tag?.slug ?? '*'],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}

/**
 * The 48-hour window moves with the clock while no article changes, so this list also expires
 * on its own every few minutes; the route filters by the window once more when it answers.
 */
export const getNewsItems = unstable_cache(
  async () => findNewsItems({ payload: await getPayloadClient() }),
  ['news-sitemap'],
  { tags: [CACHE_TAGS.articleLists], revalidate: 300 },
)

export const getPublishedArticleCount = unstable_cache(
  async () => countPublishedArticles(await getPayloadClient()),
  ['published-count'],
  { tags: [CACHE_TAGS.articleLists] },
)

export function getSitemapChunk(chunk: number) {
  return unstable_cache(
    async () =>
      findSitemapChunk({ payload: await getPayloadClient(), chunk, size: SITEMAP_CHUNK_SIZE }),
    ['sitemap-chunk', String(chunk)],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}
