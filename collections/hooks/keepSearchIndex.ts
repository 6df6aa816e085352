import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { TSearchKind } from '@/lib/search/entries'
import { reindexDocument, writeSearchRows } from '@/lib/search/indexWriter'
import { isBulkChange, liveChangeOfSave } from './liveState'

const COLLECTION_OF = { article: 'articles', flash: 'flashes' } as const

/**
 * The search index follows every publish, edit, unpublish and delete in the same transaction as
 * the change. A draft saved over a published article leaves its published rows as they are (the
 * index reads the published version), so a draft save does not touch the index at all. Bulk
 * writers that bypass hooks run `npm run search:reindex`.
 */
export function keepSearchIndexAfterChange(kind: TSearchKind): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    if (req.context?.disableSearchIndex) return doc
    // A draft save (every autosave among them) leaves the published version as it was: nothing to
    // rewrite. Bulk writers skip the live-status bookkeeping, so they always reindex.
    if (
      !isBulkChange(req) &&
      (await liveChangeOfSave(req, COLLECTION_OF[kind], doc, operation)) === null
    )
      return doc
    await reindexDocument(req.payload, kind, String(doc.id), req)
    return doc
  }
}

export function keepSearchIndexAfterDelete(kind: TSearchKind): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    if (req.context?.disableSearchIndex) return
    await writeSearchRows(req.payload, kind, String(id), [], req)
  }
}
