import 'server-only'
import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/lib/cacheTags'
import type { TLocale } from '@/lib/i18n/locales'
import { RSS_ITEM_LIMIT, type TRssItem } from '@/lib/syndication/rss'
import type { TArticleCard } from './cards'
import { cachedUnlessEmpty } from './cachedUnlessEmpty'
import type { TFeedCursor } from './cursor'
import { cursorNamesAuthorArticle, findAuthorArticles } from './findAuthorArticles'
import {
  findAuthorBySlug,
  findAuthorSlugs,
  findBylineCredits,
  type TAuthorProfile,
} from './findAuthors'
import type { TTab } from './findTags'
import { getPayloadClient } from './payload'

/**
 * Cached author reads. Profiles carry CACHE_TAGS.authors (a profile edit expires them,
 * collections/Users/hooks/publishProfile.ts); the article lists also carry articleLists, so
 * publishing, editing or unpublishing one of the author's articles renews the author page.
 */

/** An unknown slug (or a reader's) is answered (null) but not kept. */
export function getAuthorBySlug(slug: string, locale: TLocale) {
  return cachedUnlessEmpty<TAuthorProfile | null>({
    read: async () => findAuthorBySlug({ payload: await getPayloadClient(), slug, locale }),
    keep: (author) => author !== null,
    keyParts: ['author', locale, slug],
    tags: [CACHE_TAGS.authors],
  })
}

/** Keyed by article id: one answer per article, and its own page's tag expires it with the article. */
export function getBylineCredits(article: { id: string; slug: string }, locale: TLocale) {
  return unstable_cache(
    async () =>
      findBylineCredits({ payload: await getPayloadClient(), articleId: article.id, locale }),
    ['byline-credits', locale, article.id],
    { tags: [CACHE_TAGS.authors, CACHE_TAGS.article(article.slug)] },
  )()
}

/** Uncached: a cursor from a URL, checked before its page is rendered and kept. */
export async function isKnownAuthorCursor(options: {
  authorId: string
  cursor: TFeedCursor
  locale: TLocale
}) {
  return cursorNamesAuthorArticle({ payload: await getPayloadClient(), ...options })
}

/** The first page is kept even when empty (the author exists); a later one only with items. */
export function getAuthorArticles(options: {
  author: TAuthorProfile
  cursor?: TFeedCursor
  tabs: TTab[]
  locale: TLocale
}) {
  const { author, cursor, tabs, locale } = options
  return cachedUnlessEmpty({
    read: async () =>
      findAuthorArticles({
        payload: await getPayloadClient(),
        locale,
        authorId: author.id,
        cursor,
        knownTags: tabs,
      }),
    keep: (page) => !cursor || page.items.length > 0,
    keyParts: [
      'author-articles',
      locale,
      author.id,
      cursor ? `${cursor.publishedAt.getTime()}-${cursor.id}` : 'first',
    ],
    tags: [CACHE_TAGS.articleLists, CACHE_TAGS.authors],
  })
}

export function getAuthorSlugs() {
  return unstable_cache(async () => findAuthorSlugs(await getPayloadClient()), ['author-slugs'], {
    tags: [CACHE_TAGS.authors],
  })()
}

/** The author's RSS_ITEM_LIMIT newest published articles in the edition, as RSS items. */
export function getAuthorRssItems(author: TAuthorProfile, locale: TLocale) {
  return unstable_cache(
    async () => {
      const page = await findAuthorArticles({
        payload: await getPayloadClient(),
        locale,
        authorId: author.id,
        limit: RSS_ITEM_LIMIT,
      })
      return page.items.flatMap((card) =>
        card.publishedAt ? [rssItemOf({ ...card, publishedAt: card.publishedAt })] : [],
      )
    },
    ['author-rss', locale, author.id],
    { tags: [CACHE_TAGS.articleLists, CACHE_TAGS.authors] },
  )()
}

const rssItemOf = (card: TArticleCard & { publishedAt: string }): TRssItem => ({
  path: `/articles/${card.slug}`,
  title: card.title,
  summary: card.summary,
  publishedAt: card.publishedAt,
  tags: card.tags.map((tag) => tag.name),
})
