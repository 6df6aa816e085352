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

/** Rows straight into the table (the triggers fill FTS5): Payload's create costs ms per row. */
async function insertRows(payload: Payload, rows: TRow[], req?: PayloadRequest) {
  const sqlite = req ? null : sqliteAdapterOf(payload)
  const table = sqlite?.tables.search_documents
  if (!sqlite || !table) {
    for (const data of rows)
      await payload.db.create({ collection: 'search-documents', data, req: req ?? {} })
    return
  }
  const now = new Date().toISOString()
  await sqlite.drizzle.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await tx
        .insert(table)
        .values(
          rows
            .slice(i, i + ROWS_PER_INSERT)
            .map((row) => ({ ...row, createdAt: now, updatedAt: now })),
        )
  })
}

async function indexKind(
  payload: Payload,
  kind: TSearchKind,
  used: Set<number>,
  req?: PayloadRequest,
): Promise<{ documents: number; rows: number }> {
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
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) break
    const entries = (docs as unknown as TIndexableDoc[]).flatMap((doc) =>
      kind === 'article' ? articleEntries(doc) : flashEntries(doc),
    )
    const batch = withFreeRanks(entries, used)
    await insertRows(payload, batch, req)
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
  req?: PayloadRequest,
): Promise<TRebuildCounts> {
  await payload.db.deleteMany({ collection: 'search-documents', where: {}, req: req ?? {} })
  const used = new Set<number>()
  const articles = await indexKind(payload, 'article', used, req)
  const flashes = await indexKind(payload, 'flash', used, req)
  return {
    article: articles.documents,
    flash: flashes.documents,
    rows: articles.rows + flashes.rows,
  }
}
