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
import { tagRefOf } from './cards'
import { documentIds } from '@/lib/db/documentId'

/**
 * Reads for RSS, sitemaps and the news sitemap. Like the feed they read as an anonymous visitor
 * (access rules keep drafts out) and select only the columns the XML needs.
 */

const PUBLISHED: Where = { publishedAt: { exists: true } }

/** The newest published articles, optionally of one tag, for an RSS feed. */
export async function findRssItems({
  payload,
  tagId,
  limit = RSS_ITEM_LIMIT,
}: {
  payload: Payload
  tagId?: string
  limit?: number
}): Promise<TRssItem[]> {
  const conditions: Where[] = [PUBLISHED]
  if (tagId !== undefined) conditions.push({ tags: { in: documentIds([tagId], payload) } })
  const result = await payload.find({
    collection: 'articles',
    where: { and: conditions },
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
            slug: doc.slug,
            title: doc.title ?? '',
            summary: doc.summary ?? '',
            publishedAt: doc.publishedAt,
            tags: (doc.tags ?? []).map(tagRefOf).flatMap((tag) => (tag ? [tag.name] : [])),
          },
        ]
      : [],
  )
}

/** Published articles published after `now - 48 h`, newest first, for the Google News sitemap. */
export async function findNewsItems({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<TNewsItem[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString()
  const result = await payload.find({
    collection: 'articles',
    where: { and: [PUBLISHED, { publishedAt: { greater_than: since } }] },
    sort: ['-publishedAt', '-id'],
    limit: NEWS_SITEMAP_MAX_URLS,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, publishedAt: true },
    overrideAccess: false,
  })
  return result.docs.flatMap((doc) =>
    doc.slug && doc.publishedAt
      ? [{ slug: doc.slug, title: doc.title ?? '', publishedAt: doc.publishedAt }]
      : [],
  )
}

/** How many articles are published: the sitemap index derives its chunk count from it. */
export async function countPublishedArticles(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: PUBLISHED,
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
  chunk,
  size = SITEMAP_CHUNK_SIZE,
}: {
  payload: Payload
  chunk: number
  size?: number
}): Promise<TSitemapUrl[]> {
  const result = await payload.find({
    collection: 'articles',
    where: PUBLISHED,
    sort: ['publishedAt', 'id'],
    limit: Math.min(size, SITEMAP_MAX_URLS),
    page: chunk,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return result.docs.flatMap((doc) =>
    doc.slug ? [{ path: `/articles/${doc.slug}`, lastModified: doc.updatedAt }] : [],
  )
}
