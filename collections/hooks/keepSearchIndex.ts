import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { TSearchKind } from '@/lib/search/entries'
import { reindexDocument, writeSearchRows } from '@/lib/search/indexWriter'

/**
 * The search index follows every publish, edit, unpublish and delete in the same transaction as
 * the change. A draft saved over a published article leaves its published rows as they are (the
 * index reads the published version). Bulk writers that bypass hooks run `npm run search:reindex`.
 */
export function keepSearchIndexAfterChange(kind: TSearchKind): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    if (req.context?.disableSearchIndex) return doc
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
