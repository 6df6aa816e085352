import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { type TFeedCursor } from './cursor'
import { findArticleBySlug, findRelatedArticles } from './findArticles'
import { findFeedPage, findFeedPageByNumber } from './findFeed'
import { findTabs, type TTab } from './findTags'
import { getPayloadClient } from './payload'

/**
 * The portal's reads. Each is cached by Next with the tags that the collection hooks invalidate
 * (lib/cacheTags.ts), so pages are rendered once per change instead of once per request.
 * Everything here reads as an anonymous visitor: access rules decide what is visible.
 */

export const getTabs = unstable_cache(async () => findTabs(await getPayloadClient()), ['tabs'], {
  tags: [CACHE_TAGS.tags],
})

export async function getTagBySlug(slug: string): Promise<TTab | null> {
  return (await getTabs()).find((tab) => tab.slug === slug) ?? null
}

/** `tabs`: the category tabs the page already read (getTabs), which name the cards' tags. */
export function getFeedPage(options: { tag?: TTab; cursor?: TFeedCursor; tabs: TTab[] }) {
  const key = [
    'feed',
    options.tag?.slug ?? '*',
    options.cursor ? `${options.cursor.publishedAt.getTime()}-${options.cursor.id}` : 'first',
  ]
  return unstable_cache(
    async () =>
      findFeedPage({
        payload: await getPayloadClient(),
        tagId: options.tag?.id,
        cursor: options.cursor,
        knownTags: options.tabs,
      }),
    key,
    { tags: [CACHE_TAGS.articleLists] },
  )()
}

export function getFeedPageByNumber(options: { tag?: TTab; page: number; tabs: TTab[] }) {
  return unstable_cache(
    async () =>
      findFeedPageByNumber({
        payload: await getPayloadClient(),
        tagId: options.tag?.id,
        page: options.page,
        knownTags: options.tabs,
      }),
    ['feed-page', options.tag?.slug ?? '*', String(options.page)],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}

export function getArticleBySlug(slug: string) {
  return unstable_cache(
    async () => findArticleBySlug({ payload: await getPayloadClient(), slug }),
    ['article', slug],
    { tags: [CACHE_TAGS.article(slug)] },
  )()
}

export function getRelatedArticles(options: { articleId: string; tagIds: string[]; tabs: TTab[] }) {
  return unstable_cache(
    async () =>
      findRelatedArticles({
        payload: await getPayloadClient(),
        articleId: options.articleId,
        tagIds: options.tagIds,
        knownTags: options.tabs,
      }),
    ['related', options.articleId, ...options.tagIds],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}
