import type { Payload, PayloadRequest, Where } from 'payload'

import { sqliteAdapterOf } from '@/lib/db/kind'

import {
  articleEntries,
  flashEntries,
  searchRank,
  type TIndexableDoc,
  type TSearchEntry,
  type TSearchKind,
} from './entries'

const PAGE = 500
const ROWS_PER_INSERT = 50
const COLLECTION_OF = { article: 'articles', flash: 'flashes' } as const

export type TRebuildCounts = Record<TSearchKind, number> & { rows: number }

type TRow = TSearchEntry & { rank: number }

/** Ranks are unique; the index starts empty, so only this run's own rows can collide. */
function withFreeRanks(entries: TSearchEntry[], used: Set<number>): TRow[] {
  return entries.map((entry) => {
    let attempt = 0
    while (used.has(searchRank(entry, attempt))) attempt++
    const rank = searchRank(entry, attempt)
    used.add(rank)
    return { ...entry, rank }
  })
}

/** Where a rebuild runs: a request's transaction (a migration's), and on SQLite its Drizzle handle. */
export type TRebuildContext = { req?: PayloadRequest; sqliteDb?: TSqliteDb }

type TSqliteDb = Pick<NonNullable<ReturnType<typeof sqliteAdapterOf>>['drizzle'], 'insert'>

/**
 * Rows straight into the table (the triggers fill FTS5): Payload's create costs milliseconds a
 * row. On SQLite multi-row INSERTs, in the caller's transaction when it has one; elsewhere the
 * adapter's create, row by row.
 */
async function insertRows(payload: Payload, rows: TRow[], context: TRebuildContext) {
  const sqlite = sqliteAdapterOf(payload)
  const table = sqlite?.tables.search_documents
  const db = context.sqliteDb ?? (context.req ? null : sqlite?.drizzle)
  if (!sqlite || !table || !db) {
    for (const data of rows)
      await payload.db.create({ collection: 'search-documents', data, req: context.req ?? {} })
    return
  }
  const now = new Date().toISOString()
  const values = rows.map((row) => ({ ...row, createdAt: now, updatedAt: now }))
  for (let i = 0; i < values.length; i += ROWS_PER_INSERT)
    await db.insert(table).values(values.slice(i, i + ROWS_PER_INSERT))
}

const INDEXED_FIELDS = {
  article: { _status: true, publishedAt: true, slug: true, title: true, summary: true, body: true },
  flash: { _status: true, publishedAt: true, title: true, text: true },
} as const

async function indexKind(
  payload: Payload,
  kind: TSearchKind,
  used: Set<number>,
  context: TRebuildContext,
): Promise<{ documents: number; rows: number }> {
  const { req } = context
  let after: string | number | null = null
  let documents = 0
  let rows = 0
  for (;;) {
    const where: Where = { _status: { equals: 'published' } }
    const { docs }: { docs: unknown[] } = await payload.find({
      collection: COLLECTION_OF[kind],
      where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      locale: 'all',
      depth: 0,
      // Only what the index needs (TIndexableDoc): the migration that builds the index reads
      // through today's schema, so a column added by a later migration must not be asked for.
      select: INDEXED_FIELDS[kind],
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) break
    const entries = (docs as unknown as TIndexableDoc[]).flatMap((doc) =>
      kind === 'article' ? articleEntries(doc) : flashEntries(doc),
    )
    const batch = withFreeRanks(entries, used)
    await insertRows(payload, batch, context)
    documents += docs.length
    rows += batch.length
    after = (docs.at(-1) as { id: string | number }).id
    if (docs.length < PAGE) break
  }
  return { documents, rows }
}

/**
 * The whole index, from scratch: every published article and flash (`npm run search:reindex`,
 * the migration that adds the index, and bulk writers that bypass the hooks).
 */
export async function rebuildSearchIndex(
  payload: Payload,
  context: TRebuildContext = {},
): Promise<TRebuildCounts> {
  await payload.db.deleteMany({ collection: 'search-documents', where: {}, req: context.req ?? {} })
  const used = new Set<number>()
  const articles = await indexKind(payload, 'article', used, context)
  const flashes = await indexKind(payload, 'flash', used, context)
  return {
    article: articles.documents,
    flash: flashes.documents,
    rows: articles.rows + flashes.rows,
  }
}
