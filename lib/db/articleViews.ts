import type { Payload } from 'payload'

import type { TViewIncrement } from '@/lib/hot/viewBatch'
import type { ArticleView } from '@/payload-types'
import { documentIds, idOfRelation } from './documentId'
import { sqliteAdapterOf } from './kind'

/**
 * The `article-views` rows (collections/ArticleViews.ts): one per article and hour. Two ways to
 * add a batch and to total a window: through Payload's adapter API (every database) and, on
 * SQLite, one statement each. tests/int/hot.int.spec.ts keeps them equal. Nothing here checks
 * access: only the server's view counter and the 热门 reads call it.
 */

export type TViewTotal = { article: string; views: number }
type TOptions = { portable?: boolean }

// Far below SQLite's bound-parameter limit (4 per row) and a MongoDB `in` a query planner likes.
const ROWS_PER_STATEMENT = 500

const chunksOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

/** The batch's rows whose article still exists (an unknown or deleted id is dropped, harmlessly). */
async function ofExistingArticles(payload: Payload, rows: TViewIncrement[]) {
  const ids = documentIds([...new Set(rows.map((row) => row.article))], payload)
  const existing = new Set<string>()
  for (const chunk of chunksOf(ids, ROWS_PER_STATEMENT)) {
    const found = await payload.find({
      collection: 'articles',
      where: { id: { in: chunk } },
      select: {},
      depth: 0,
      limit: chunk.length,
      pagination: false,
      overrideAccess: true,
      draft: true,
    })
    for (const doc of found.docs) existing.add(String(doc.id))
  }
  return rows.filter((row) => existing.has(row.article))
}

/**
 * Adds a batch's counts. SQLite: an upsert that adds in the database (`count = count + …`), so
 * processes flushing the same row at once both count. Portable: reads the rows and writes sums;
 * two processes flushing the same (article, hour) in the same instant can lose one's increment
 * (docs/hot.md says why that is acceptable for a ranking), and a create that meets the unique
 * index because another process created the row first is retried as an update.
 */
export async function addArticleViews(
  payload: Payload,
  batch: TViewIncrement[],
  { portable = false }: TOptions = {},
): Promise<number> {
  if (batch.length === 0) return 0
  const sqlite = portable ? null : sqliteAdapterOf(payload)
  if (sqlite) {
    const now = new Date().toISOString()
    // Unknown ids are dropped by the statement itself (EXISTS on the primary key), which costs far
    // less than reading the batch's articles through Payload first.
    const results = await sqlite.client.batch(
      chunksOf(
        batch.filter((row) => /^\d+$/.test(row.article)),
        ROWS_PER_STATEMENT,
      ).map((chunk) => ({
        sql: `insert into article_views (article_id, hour, count, updated_at, created_at)
          select v.column1, v.column2, v.column3, ?, ?
          from (values ${chunk.map(() => '(?, ?, ?)').join(', ')}) v
          where exists (select 1 from articles a where a.id = v.column1)
          on conflict (article_id, hour) do update
          set count = article_views.count + excluded.count, updated_at = excluded.updated_at`,
        args: [now, now, ...chunk.flatMap((row) => [Number(row.article), row.hour, row.count])],
      })),
      'write',
    )
    return results.reduce((sum, result) => sum + result.rowsAffected, 0)
  }
  const rows = await ofExistingArticles(payload, batch)
  for (const row of rows) await addPortably(payload, row)
  return rows.length
}

async function findRow(payload: Payload, row: TViewIncrement) {
  const found = await payload.find({
    collection: 'article-views',
    where: { and: [{ article: { equals: row.article } }, { hour: { equals: row.hour } }] },
    select: { count: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

async function addPortably(payload: Payload, row: TViewIncrement): Promise<void> {
  const update = (id: number | string, count: number) =>
    payload.update({
      collection: 'article-views',
      id,
      data: { count },
      depth: 0,
      overrideAccess: true,
    })
  const existing = await findRow(payload, row)
  if (existing) {
    await update(existing.id, existing.count + row.count)
    return
  }
  try {
    // The generated types assume SQLite's numeric ids; on MongoDB the same values are strings.
    const data = { article: row.article, hour: row.hour, count: row.count } as unknown as Pick<
      ArticleView,
      'article' | 'hour' | 'count'
    >
    await payload.create({ collection: 'article-views', data, depth: 0, overrideAccess: true })
  } catch (error) {
    const raced = await findRow(payload, row)
    if (!raced) throw error
    await update(raced.id, raced.count + row.count)
  }
}

/** Views per article from `firstHour` on, most first; ties by article id (stable lists). */
export async function viewTotalsSince(
  payload: Payload,
  firstHour: number,
  limit: number,
  { portable = false }: TOptions = {},
): Promise<TViewTotal[]> {
  const sqlite = portable ? null : sqliteAdapterOf(payload)
  if (sqlite) {
    const { rows } = await sqlite.client.execute({
      sql: `select article_id, sum(count) as views from article_views where hour >= ?
        group by article_id order by views desc, article_id asc limit ?`,
      args: [firstHour, limit],
    })
    return rows.map((row) => ({ article: String(row.article_id), views: Number(row.views) }))
  }
  const found = await payload.find({
    collection: 'article-views',
    where: { hour: { greater_than_equal: firstHour } },
    select: { article: true, count: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const totals = new Map<string, number>()
  for (const doc of found.docs) {
    const article = idOfRelation(doc.article)
    if (article === null) continue
    totals.set(String(article), (totals.get(String(article)) ?? 0) + doc.count)
  }
  return [...totals]
    .map(([article, views]) => ({ article, views }))
    .sort((a, b) => b.views - a.views || compareIds(a.article, b.article))
    .slice(0, limit)
}

// Numeric ids (SQLite) by value, as the SQL orders them; MongoDB's hex ids as text.
const compareIds = (a: string, b: string): number =>
  /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0

/** Deletes rows before `firstKeptHour` (older than the longest window). */
export async function pruneArticleViews(payload: Payload, firstKeptHour: number): Promise<void> {
  await payload.delete({
    collection: 'article-views',
    where: { hour: { less_than: firstKeptHour } },
    overrideAccess: true,
  })
}
