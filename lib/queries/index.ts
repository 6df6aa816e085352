import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { cachedUnlessEmpty } from './cachedUnlessEmpty'
import { type TFeedCursor } from './cursor'
import { findArticleBySlug, findRelatedArticles } from './findArticles'
import { cursorNamesArticle } from './findCursorArticle'
import { findFeedPage, findFeedPageByNumber } from './findFeed'
import { findArticleRedirect } from './findRedirect'
import { findTabs, type TTab } from './findTags'
import { getPayloadClient } from './payload'

/**
 * The portal's reads. Each is cached by Next with the tags that the collection hooks invalidate
 * (lib/cacheTags.ts), so pages are rendered once per change instead of once per request.
 * Everything here reads as an anonymous visitor: access rules decide what is visible.
 *
 * Each read is of one edition (`locale`, lib/queries/editions.ts says what each gets), which is
 * part of its cache key; the tags are the same for every edition, so one publish expires them
 * all. `locale` defaults to zh-CN only until every page passes its edition (issue #20).
 */

export function getTabs(locale: TLocale = DEFAULT_LOCALE): Promise<TTab[]> {
  return unstable_cache(
    async () => findTabs(await getPayloadClient(), { locale }),
    ['tabs', locale],
    { tags: [CACHE_TAGS.tags] },
  )()
}

export async function getTagBySlug(
  slug: string,
  locale: TLocale = DEFAULT_LOCALE,
): Promise<TTab | null> {
  return (await getTabs(locale)).find((tab) => tab.slug === slug) ?? null
}

/**
 * Whether a cursor from a URL names a published article of the edition (uncached: see
 * findCursorArticle). Pages after any other cursor are not found, so they leave nothing in Next's
 * page cache.
 */
export async function isKnownFeedCursor(
  cursor: TFeedCursor,
  locale: TLocale = DEFAULT_LOCALE,
): Promise<boolean> {
  return cursorNamesArticle(await getPayloadClient(), cursor, locale)
}

/**
 * `tabs`: the category tabs the page already read (getTabs, same edition), which name the cards'
 * tags. Kept only when it has items and its cursor is one the portal wrote: every other key comes
 * from a URL nobody links to. `cursorKnown`: the caller has already asked isKnownFeedCursor, so a
 * cache miss does not ask again.
 */
export function getFeedPage(options: {
  tag?: TTab
  cursor?: TFeedCursor
  tabs: TTab[]
  cursorKnown?: boolean
  locale?: TLocale
}) {
  const { cursor, cursorKnown = false, locale = DEFAULT_LOCALE } = options
  return cachedUnlessEmpty({
    read: async () =>
      findFeedPage({
        payload: await getPayloadClient(),
        locale,
        tagId: options.tag?.id,
        cursor,
        knownTags: options.tabs,
      }),
    keep: async (page) =>
      page.items.length > 0 &&
      (!cursor || cursorKnown || (await isKnownFeedCursor(cursor, locale))),
    keyParts: [
      'feed',
      locale,
      options.tag?.slug ?? '*',
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first',
    ],
    tags: [CACHE_TAGS.articleLists],
  })
}

/** Pages past the end are empty and not kept. */
export function getFeedPageByNumber(options: {
  tag?: TTab
  page: number
  tabs: TTab[]
  locale?: TLocale
}) {
  const { locale = DEFAULT_LOCALE } = options
  return cachedUnlessEmpty({
    read: async () =>
      findFeedPageByNumber({
        payload: await getPayloadClient(),
        locale,
        tagId: options.tag?.id,
        page: options.page,
        knownTags: options.tabs,
      }),
    keep: (result) => result.items.length > 0,
    keyParts: ['feed-page', locale, options.tag?.slug ?? '*', String(options.page)],
    tags: [CACHE_TAGS.articleLists],
  })
}

/** An unknown slug, or (English) an article without an English version, is answered (null) but not kept. */
export function getArticleBySlug(slug: string, locale: TLocale = DEFAULT_LOCALE) {
  return cachedUnlessEmpty({
    read: async () => findArticleBySlug({ payload: await getPayloadClient(), slug, locale }),
    keep: (article) => article !== null,
    keyParts: ['article', locale, slug],
    tags: [CACHE_TAGS.article(slug)],
  })
}

/**
 * Where an old article URL leads now (findRedirect.ts), asked only after getArticleBySlug found
 * nothing. Kept only when there is a redirect (an unknown slug leaves nothing behind), until a
 * redirect or a published slug changes.
 */
export function getArticleRedirect(slug: string) {
  return cachedUnlessEmpty({
    read: async () => findArticleRedirect(await getPayloadClient(), slug),
    keep: (target) => target !== null,
    keyParts: ['article-redirect', slug],
    tags: [CACHE_TAGS.redirects, CACHE_TAGS.article(slug)],
  })
}

export function getRelatedArticles(options: {
  articleId: string
  tagIds: string[]
  /** The article's 相关文章, in order: a change to any of them (unpublished, renamed, deleted)
   * expires `article-lists`, so the page never keeps a dead link past that change. */
  pickedIds?: string[]
  tabs: TTab[]
  locale?: TLocale
}) {
  const { locale = DEFAULT_LOCALE, pickedIds = [] } = options
  return unstable_cache(
    async () =>
      findRelatedArticles({
        payload: await getPayloadClient(),
        locale,
        articleId: options.articleId,
        tagIds: options.tagIds,
        pickedIds,
        knownTags: options.tabs,
      }),
    ['related', locale, options.articleId, options.tagIds.join(','), pickedIds.join(',')],
    { tags: [CACHE_TAGS.articleLists] },
  )()
}
