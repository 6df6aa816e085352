import type { TCardRow, TFeedRowsQuery } from '@/lib/queries/cards'
import { documentId } from './documentId'
import type { TSqliteClient } from './sqliteCardParts'

/**
 * A feed page's articles (全部 or one tag, first page or after a cursor) as one SQL statement on
 * SQLite, for the same reason as sqliteCardParts: through Payload's adapter the query's building
 * and row transform cost ~5× its execution, on every cache miss of every feed page. The statement
 * is the one the adapter sends for findFeedPage's `where` (see `npm run db:plans`), so it walks the
 * same (_status, published_at) index. It applies the articles' read rule for visitors
 * (PUBLISHED_ONLY in collections/access.ts); sqliteReads.ts uses it only while that is the rule.
 */

/**
 * Published articles newest first (publish time, then id), optionally in a tag and before a
 * cursor; null when an id cannot be bound as a SQLite integer (the portable read answers then).
 */
export async function readFeedRows(
  client: TSqliteClient,
  { tagId, cursor, limit }: TFeedRowsQuery,
): Promise<TCardRow[] | null> {
  const tag = tagId === undefined ? undefined : documentId(tagId, 'sqlite')
  const beforeId = cursor === undefined ? undefined : documentId(cursor.id, 'sqlite')
  if (tag === null || beforeId === null) return null
  const conditions = [`a._status = 'published'`, 'a.published_at is not null']
  const args: (number | string)[] = []
  if (tag !== undefined) {
    conditions.push(
      `exists (select 1 from articles_rels r where r.parent_id = a.id and r.path = 'tags' and r.tags_id = ?)`,
    )
    args.push(tag)
  }
  if (cursor && beforeId !== undefined) {
    // As in findFeed's beforeCursor: the leading range lets SQLite walk the index from the cursor.
    const at = cursor.publishedAt.toISOString()
    conditions.push('a.published_at <= ? and (a.published_at < ? or a.id < ?)')
    args.push(at, at, beforeId)
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
