import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { sqliteAdapterOf } from './kind'
import { insertBatchSqlite } from './sqliteBulk'

type TId = number | string

/**
 * One article as `payload.create` would store it once its hooks ran, in Payload's field names;
 * title, summary and body are its zh-CN texts (the generated articles have no translations).
 */
export type TArticleBatchRow = Record<string, unknown> & {
  title: string
  summary: string
  body: unknown
  slug: string
  createdAt: string
  updatedAt: string
  source: { name: string; url: string | null }
  tags: TId[]
  coins: TId[]
}

// Marks writes as a seed's: the portal's revalidation hooks skip them.
const systemContext = { disableRevalidate: true }

/**
 * Any adapter (MongoDB in production): writes what `payload.create({ collection: 'articles',
 * draft })` writes — the document, then its first version marked latest — through the adapter's own
 * create/createVersion, skipping the per-document operation overhead (access, hooks, validation,
 * read-back with depth). The caller builds data that passes the same validation (valid unique
 * slug, required fields).
 */
async function insertBatchThroughAdapter(payload: Payload, batch: TArticleBatchRow[]) {
  const req = await createLocalReq({ context: systemContext }, payload)
  // One transaction a batch where the database has them (MongoDB: replica sets only).
  await initTransaction(req)
  try {
    for (const row of batch) {
      // The adapters take localized fields by locale, as Payload's operations hand them over.
      const data = {
        ...row,
        title: { [DEFAULT_LOCALE]: row.title },
        summary: { [DEFAULT_LOCALE]: row.summary },
        body: { [DEFAULT_LOCALE]: row.body },
      }
      // Reading back only the id: the version gets the same values the row was written with.
      const { id } = await payload.db.create({
        collection: 'articles',
        data,
        req,
        select: { id: true },
      })
      await payload.db.createVersion({
        collectionSlug: 'articles',
        parent: id,
        versionData: { ...data, id } as never,
        autosave: false,
        createdAt: data.createdAt,
        updatedAt: data.updatedAt,
        req,
        returning: false,
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Inserts generated articles in bulk: on SQLite as multi-row INSERTs (sqliteBulk.ts), elsewhere,
 * or with `portable` (tests cover MongoDB's path so), one document at a time through the adapter.
 */
export async function insertArticleBatch(
  payload: Payload,
  batch: TArticleBatchRow[],
  { portable = false } = {},
): Promise<void> {
  const sqlite = portable ? null : sqliteAdapterOf(payload)
  if (sqlite) await insertBatchSqlite(sqlite, batch)
  else await insertBatchThroughAdapter(payload, batch)
}
