import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { cachedUnlessEmpty } from './cachedUnlessEmpty'
import { type TFeedCursor } from './cursor'
import { findArticleBySlug, findRelatedArticles } from './findArticles'
import { cursorNamesArticle } from './findCursorArticle'
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

/**
 * Whether a cursor from a URL names a published article (uncached: see findCursorArticle). Pages
 * after any other cursor are not found, so they leave nothing in Next's page cache.
 */
export async function isKnownFeedCursor(cursor: TFeedCursor): Promise<boolean> {
  return cursorNamesArticle(await getPayloadClient(), cursor)
}

/**
 * `tabs`: the category tabs the page already read (getTabs), which name the cards' tags. Kept
 * only when it has items and its cursor is one the portal wrote: every other key comes from a URL
 * nobody links to. `cursorKnown`: the caller has already asked isKnownFeedCursor, so a cache miss
 * does not ask again.
 */
export function getFeedPage(options: {
  tag?: TTab
  cursor?: TFeedCursor
  tabs: TTab[]
  cursorKnown?: boolean
}) {
  const { cursor, cursorKnown = false } = options
  return cachedUnlessEmpty({
    read: async () =>
      findFeedPage({
        payload: await getPayloadClient(),
        tagId: options.tag?.id,
        cursor,
        knownTags: options.tabs,
      }),
    keep: async (page) =>
      page.items.length > 0 && (!cursor || cursorKnown || (await isKnownFeedCursor(cursor))),
    keyParts: [
      'feed',
      options.tag?.slug ?? '*',
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first',
    ],
    tags: [CACHE_TAGS.articleLists],
  })
}

/** Pages past the end are empty and not kept. */
export function getFeedPageByNumber(options: { tag?: TTab; page: number; tabs: TTab[] }) {
  return cachedUnlessEmpty({
    read: async () =>
      findFeedPageByNumber({
        payload: await getPayloadClient(),
        tagId: options.tag?.id,
        page: options.page,
        knownTags: options.tabs,
      }),
    keep: (result) => result.items.length > 0,
    keyParts: ['feed-page', options.tag?.slug ?? '*', String(options.page)],
    tags: [CACHE_TAGS.articleLists],
  })
}

/** An unknown slug is answered (null) but not kept. */
export function getArticleBySlug(slug: string) {
  return cachedUnlessEmpty({
    read: async () => findArticleBySlug({ payload: await getPayloadClient(), slug }),
    keep: (article) => article !== null,
    keyParts: ['article', slug],
    tags: [CACHE_TAGS.article(slug)],
  })
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
