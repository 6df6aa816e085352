import { isDeepStrictEqual } from 'node:util'
import type { Payload, PayloadRequest } from 'payload'

import type { TCardRow } from '@/lib/queries/cards'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { documentId } from './documentId'
import type { TSqliteClient } from './sqliteCardParts'

/**
 * A feed page's articles (全部 or one tag, first page or after a cursor) as one SQL statement on
 * SQLite, for the same reason as sqliteCardParts: through Payload's adapter the query's building
 * and row transform cost ~5× its execution, on every cache miss of every feed page. The statement
 * is the one the adapter sends for findFeedPage's `where` (see `npm run db:plans`), so it walks the
 * same (_status, published_at) index. tests/int/sqlite-card-parts.int.spec.ts compares its pages
 * with the portable read's.
 */

/** What the articles' read rule gives a visitor; the SQL below applies exactly this. */
const VISITOR_ARTICLES: unknown = { _status: { equals: 'published' } }

/** True when a visitor's read rule for articles is "published only", as the SQL applies it. */
export async function visitorReadsPublishedArticles(payload: Payload, visitor: PayloadRequest) {
  const rule = payload.collections.articles.config.access.read
  return Boolean(rule) && isDeepStrictEqual(await rule!({ req: visitor }), VISITOR_ARTICLES)
}

type TFeedRowsQuery = { tagId?: number | string; cursor?: TFeedCursor; limit: number }

/** Whether this query's ids can be bound as SQLite integers; if not, the portable read answers. */
export const sqliteCanRead = ({ tagId, cursor }: TFeedRowsQuery) =>
  (tagId === undefined || documentId(tagId, 'sqlite') !== null) &&
  (cursor === undefined || documentId(cursor.id, 'sqlite') !== null)

/** Published articles newest first (publish time, then id), optionally in a tag and before a cursor. */
export async function readFeedRows(
  client: TSqliteClient,
  { tagId, cursor, limit }: TFeedRowsQuery,
): Promise<TCardRow[]> {
  const conditions = [`a._status = 'published'`, 'a.published_at is not null']
  const args: (number | string)[] = []
  if (tagId !== undefined) {
    conditions.push(
      `exists (select 1 from articles_rels r where r.parent_id = a.id and r.path = 'tags' and r.tags_id = ?)`,
    )
    args.push(documentId(tagId, 'sqlite')!)
  }
  if (cursor) {
    // As in findFeed's beforeCursor: the leading range lets SQLite walk the index from the cursor.
    const at = cursor.publishedAt.toISOString()
    conditions.push('a.published_at <= ? and (a.published_at < ? or a.id < ?)')
    args.push(at, at, documentId(cursor.id, 'sqlite')!)
  }
  const { rows } = await client.execute({
    sql: `select a.id, a.title, a.slug, a.summary, a.cover_id, a.published_at, a.featured
      from articles a where ${conditions.join(' and ')}
      order by a.published_at desc, a.id desc limit ?`,
    args: [...args, limit],
  })
  return rows.map((row) => ({
    id: Number(row.id),
    title: String(row.title ?? ''),
    slug: String(row.slug ?? ''),
    summary: String(row.summary ?? ''),
    cover: row.cover_id === null ? null : Number(row.cover_id),
    publishedAt: row.published_at === null ? null : String(row.published_at),
    featured: Boolean(row.featured),
  }))
}
