import type { Payload, Where } from 'payload'

import type { TRssItem } from '@/lib/syndication/rss'
import {
  NEWS_SITEMAP_MAX_URLS,
  NEWS_WINDOW_MS,
  SITEMAP_CHUNK_SIZE,
  SITEMAP_MAX_URLS,
} from '@/lib/syndication/sitemap'
import type { TNewsItem, TSitemapUrl } from '@/lib/syndication/sitemap'
import { RSS_ITEM_LIMIT } from '@/lib/syndication/rss'
import { documentIds } from '@/lib/db/documentId'
import { CHINESE_EDITIONS, LOCALES, type TLocale } from '@/lib/i18n/locales'
import { cardReadsOf } from './cardReads'
import { inEdition, readLocaleFor, tagNameIn, textIn, valuesRead } from './editions'

/**
 * Reads for RSS, sitemaps and the news sitemap. Like the feed they read as an anonymous visitor
 * (access rules keep drafts out) and select only the columns the XML needs. Each is of one
 * edition: its texts (editions.ts), and in English only the articles written in English.
 */

const PUBLISHED: Where = { publishedAt: { exists: true } }

/** A populated tag's name in the edition (read in readLocaleFor(locale)). */
function tagNameOf(tag: unknown, locale: TLocale): string[] {
  if (!tag || typeof tag !== 'object' || !('slug' in tag)) return []
  const { name, slug } = tag as { name?: unknown; slug?: unknown }
  return [tagNameIn(locale, valuesRead(name, locale), String(slug ?? ''))]
}

const textOf = (value: unknown, locale: TLocale) => textIn(locale, valuesRead(value, locale)) ?? ''

/**
 * A coin's articles for its feed. On SQLite the feed's one-statement read of a coin's newest rows
 * picks them, so Payload reads only those rather than sorting all of a popular coin's matches.
 */
async function coinCondition(
  payload: Payload,
  locale: TLocale,
  coinId: string,
  limit: number,
): Promise<Where> {
  const rows = await (await cardReadsOf(payload)).feedRows({ locale, coinIds: [coinId], limit })
  if (rows)
    return {
      id: {
        in: documentIds(
          rows.map((row) => row.id),
          payload,
        ),
      },
    }
  return { coins: { in: documentIds([coinId], payload) } }
}

/** The newest published articles, optionally of one tag or linked to one coin, for an RSS feed. */
export async function findRssItems({
  payload,
  locale,
  tagId,
  coinId,
  limit = RSS_ITEM_LIMIT,
}: {
  payload: Payload
  locale: TLocale
  tagId?: string
  coinId?: string
  limit?: number
}): Promise<TRssItem[]> {
  const conditions: Where[] = [PUBLISHED]
  if (tagId !== undefined) conditions.push({ tags: { in: documentIds([tagId], payload) } })
  if (coinId !== undefined) conditions.push(await coinCondition(payload, locale, coinId, limit))
  const result = await payload.find({
    collection: 'articles',
    where: inEdition(locale, conditions),
    locale: readLocaleFor(locale),
    sort: ['-publishedAt', '-id'],
    limit,
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, summary: true, publishedAt: true, tags: true },
    populate: { tags: { name: true, slug: true } },
    overrideAccess: false,
  })
  return result.docs.flatMap((doc) =>
    doc.slug && doc.publishedAt
      ? [
          {
            path: `/articles/${doc.slug}`,
            title: textOf(doc.title, locale),
            summary: textOf(doc.summary, locale),
            publishedAt: doc.publishedAt,
            tags: (doc.tags ?? []).flatMap((tag) => tagNameOf(tag, locale)),
          },
        ]
      : [],
  )
}

/** Published articles published after `now - 48 h`, newest first, for the Google News sitemap. */
export async function findNewsItems({
  payload,
  locale,
  now = new Date(),
}: {
  payload: Payload
  locale: TLocale
  now?: Date
}): Promise<TNewsItem[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString()
  const result = await payload.find({
    collection: 'articles',
    where: inEdition(locale, [PUBLISHED, { publishedAt: { greater_than: since } }]),
    locale: readLocaleFor(locale),
    sort: ['-publishedAt', '-id'],
    limit: NEWS_SITEMAP_MAX_URLS,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, publishedAt: true },
    overrideAccess: false,
  })
  return result.docs.flatMap((doc) =>
    doc.slug && doc.publishedAt
      ? [{ slug: doc.slug, title: textOf(doc.title, locale), publishedAt: doc.publishedAt }]
      : [],
  )
}

/** How many articles are published in an edition: the sitemap index derives its chunk count from it. */
export async function countPublishedArticles(payload: Payload, locale: TLocale): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: inEdition(locale, [PUBLISHED]),
    locale,
    overrideAccess: false,
  })
  return totalDocs
}

/**
 * Chunk `chunk` (1-based) of the article sitemap. Oldest first, so a new story only ever changes
 * the last chunk and the earlier files stay byte-identical for crawlers. Paged by `page` with
 * pagination left on (one indexed count per chunk) so both database adapters apply the offset.
 */
export async function findSitemapChunk({
  payload,
  locale,
  chunk,
  size = SITEMAP_CHUNK_SIZE,
}: {
  payload: Payload
  locale: TLocale
  chunk: number
  size?: number
}): Promise<TSitemapUrl[]> {
  const result = await payload.find({
    collection: 'articles',
    where: inEdition(locale, [PUBLISHED]),
    locale,
    sort: ['publishedAt', 'id'],
    limit: Math.min(size, SITEMAP_MAX_URLS),
    page: chunk,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  const slugs = result.docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
  const english = await writtenInEnglish(payload, slugs)
  return result.docs.flatMap((doc) =>
    doc.slug
      ? [
          {
            path: `/articles/${doc.slug}`,
            lastModified: doc.updatedAt,
            editions: english.has(doc.slug) ? LOCALES : CHINESE_EDITIONS,
          },
        ]
      : [],
  )
}

/** Which of these slugs have an English version: their pages name it as an alternate. */
async function writtenInEnglish(payload: Payload, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set()
  const found = await payload.find({
    collection: 'articles',
    where: inEdition('en', [{ slug: { in: slugs } }]),
    locale: 'en',
    // The slug index's own order: no sort of the chunk's matches.
    sort: 'slug',
    depth: 0,
    limit: slugs.length,
    pagination: false,
    select: { slug: true },
    overrideAccess: false,
  })
  return new Set(found.docs.flatMap((doc) => (doc.slug ? [doc.slug] : [])))
}
