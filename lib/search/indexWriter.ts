import type { Payload, PayloadRequest, Where } from 'payload'

import {
  articleEntries,
  flashEntries,
  searchRank,
  type TIndexableDoc,
  type TSearchEntry,
  type TSearchKind,
} from './entries'

const COLLECTION_OF = { article: 'articles', flash: 'flashes' } as const

/** Tries before giving up on a free rank; a collision needs two rows of one second to begin with. */
const RANK_ATTEMPTS = 20

type TStoredRow = { id: string | number; language: string; rank: number; publishedAt: string }

const entriesOf = (kind: TSearchKind, doc: TIndexableDoc) =>
  kind === 'article' ? articleEntries(doc) : flashEntries(doc)

const isRankCollision = (error: unknown) =>
  /rank|unique|duplicate/i.test(String((error as Error)?.message ?? error)) ||
  /rank/i.test(JSON.stringify((error as { data?: unknown })?.data ?? ''))

async function storeWithFreeRank(
  payload: Payload,
  entry: TSearchEntry,
  write: (rank: number) => Promise<unknown>,
) {
  for (let attempt = 0; attempt < RANK_ATTEMPTS; attempt++) {
    const rank = searchRank(entry, attempt)
    const taken = await payload.count({
      collection: 'search-documents',
      where: { rank: { equals: rank } },
      overrideAccess: true,
    })
    if (taken.totalDocs > 0) continue
    try {
      return await write(rank)
    } catch (error) {
      if (!isRankCollision(error)) throw error
    }
  }
  throw new Error(`search index: no free rank for ${entry.kind} ${entry.docId}`)
}

/** The rows of one article or flash, made to match what it is now (published, or gone). */
export async function writeSearchRows(
  payload: Payload,
  kind: TSearchKind,
  docId: string,
  entries: TSearchEntry[],
  req?: PayloadRequest,
) {
  const where: Where = { and: [{ kind: { equals: kind } }, { docId: { equals: docId } }] }
  const { docs } = await payload.find({
    collection: 'search-documents',
    where,
    limit: 10,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { language: true, rank: true, publishedAt: true },
    req,
  })
  const stored = docs as unknown as TStoredRow[]
  const wanted = new Set(entries.map((entry) => entry.language))
  for (const row of stored)
    if (!wanted.has(row.language as TSearchEntry['language']))
      await payload.delete({
        collection: 'search-documents',
        id: row.id,
        overrideAccess: true,
        req,
      })
  for (const entry of entries) {
    const existing = stored.find((row) => row.language === entry.language)
    if (existing && Date.parse(existing.publishedAt) === Date.parse(entry.publishedAt)) {
      await payload.update({
        collection: 'search-documents',
        id: existing.id,
        data: { ...entry, rank: existing.rank },
        overrideAccess: true,
        req,
      })
      continue
    }
    await storeWithFreeRank(payload, entry, (rank) =>
      existing
        ? payload.update({
            collection: 'search-documents',
            id: existing.id,
            data: { ...entry, rank },
            overrideAccess: true,
            req,
          })
        : payload.create({
            collection: 'search-documents',
            data: { ...entry, rank },
            overrideAccess: true,
            req,
          }),
    )
  }
}

/**
 * Re-reads an article or flash as the portal sees it (the published version, every language) and
 * writes its index rows; a draft-only, unpublished or deleted one loses them.
 */
export async function reindexDocument(
  payload: Payload,
  kind: TSearchKind,
  docId: string,
  req?: PayloadRequest,
) {
  const doc = (await payload.findByID({
    collection: COLLECTION_OF[kind],
    id: docId,
    locale: 'all',
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as TIndexableDoc | null
  await writeSearchRows(payload, kind, docId, doc ? entriesOf(kind, doc) : [], req)
}
