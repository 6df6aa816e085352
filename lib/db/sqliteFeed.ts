import { showsOnlyWrittenVersions } from '@/lib/i18n/contentLocalization'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import type { TFeedRowsQuery, TRawCardRow } from '@/lib/queries/cards'
import { coinLinkCondition } from './sqliteCoinLinks'
import { documentId, documentIds } from './documentId'
import type { TSqliteClient } from './sqliteCardParts'

/**
 * A feed page's articles (全部 or one tag, first page or after a cursor) as one SQL statement on
 * SQLite, for the same reason as sqliteCardParts: through Payload's adapter the query's building
 * and row transform cost ~5× its execution, on every cache miss of every feed page. The statement
 * is the one the adapter sends for findFeedPage's `where` (see `npm run db:plans`), so it walks the
 * same (_status, published_at) index. It applies the articles' read rule for visitors
 * (PUBLISHED_ONLY in collections/access.ts); sqliteReads.ts uses it only while that is the rule.
 *
 * Titles and summaries are read in zh-CN and in the edition (`articles_locales`, one row per
 * article and locale, found through its unique (_locale, _parent_id) index) and returned by
 * locale, as Payload returns them; lib/queries/editions.ts picks. English keeps only articles with
 * an English title and body: the condition Payload sends for writtenVersionWhere.
 */

/**
 * Published articles newest first (publish time, then id), optionally in a tag and before a
 * cursor; null when an id cannot be bound as a SQLite integer (the portable read answers then).
 */
export async function readFeedRows(
  client: TSqliteClient,
  { locale, tagId, coinIds, cursor, limit }: TFeedRowsQuery,
): Promise<TRawCardRow[] | null> {
  const tag = tagId === undefined ? undefined : documentId(tagId, 'sqlite')
  const beforeId = cursor === undefined ? undefined : documentId(cursor.id, 'sqlite')
  if (tag === null || beforeId === null) return null
  const coins = coinIds && (documentIds(coinIds, 'sqlite') as number[])
  if (coins?.length === 0) return []
  const conditions = [`a._status = 'published'`, 'a.published_at is not null']
  const args: (number | string)[] = [DEFAULT_LOCALE, locale]
  if (showsOnlyWrittenVersions(locale))
    conditions.push(`own.title is not null and own.title <> '' and own.body is not null`)
  if (tag !== undefined) {
    conditions.push(
      `exists (select 1 from articles_rels r where r.parent_id = a.id and r.path = 'tags' and r.tags_id = ?)`,
    )
    args.push(tag)
  }
  if (coins) {
    const linked = await coinLinkCondition(client, 'articles', coins)
    conditions.push(linked.sql)
    args.push(...linked.args)
  }
  if (cursor && beforeId !== undefined) {
    // As in findFeed's beforeCursor: the leading range lets SQLite walk the index from the cursor.
    const at = cursor.publishedAt.toISOString()
    conditions.push('a.published_at <= ? and (a.published_at < ? or a.id < ?)')
    args.push(at, at, beforeId)
  }
  const { rows } = await client.execute({
    sql: `select a.id, cn.title as cn_title, cn.summary as cn_summary, own.title as own_title,
        own.summary as own_summary, a.slug, a.cover_id, a.published_at, a.featured
      from articles a
      left join articles_locales cn on cn._parent_id = a.id and cn._locale = ?
      left join articles_locales own on own._parent_id = a.id and own._locale = ?
      where ${conditions.join(' and ')}
      order by a.published_at desc, a.id desc limit ?`,
    args: [...args, limit],
  })
  return rows.map((row) => ({
    id: Number(row.id),
    title: { [DEFAULT_LOCALE]: row.cn_title, [locale]: row.own_title },
    slug: String(row.slug ?? ''),
    summary: { [DEFAULT_LOCALE]: row.cn_summary, [locale]: row.own_summary },
    cover: row.cover_id === null ? null : Number(row.cover_id),
    publishedAt: row.published_at === null ? null : String(row.published_at),
    featured: Boolean(row.featured),
  }))
}
