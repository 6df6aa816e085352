import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { enqueueWebhookEvent } from '@/lib/webhooks/enqueue'
import type { TWebhookSourceCollection } from '@/lib/webhooks/events'
import { isBulkChange, liveChangeOfSave } from './liveState'

type TDocLike = { id: string | number; slug?: string | null; _status?: string | null }

/**
 * After a change: the event, decided by the same rule as cache expiry (lib/liveChange.ts) from the
 * live status before and after (collections/hooks/liveState.ts, whose rememberLiveState must run
 * in the collection's beforeChange).
 */
export function sendWebhooksAfterChange(
  collection: TWebhookSourceCollection,
): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    if (isBulkChange(req)) return doc
    const item = doc as TDocLike
    const change = await liveChangeOfSave(req, collection, item, operation)
    if (change) await enqueueWebhookEvent(req, collection, change, item)
    return doc
  }
}

/** Deleting a live document is announced (with its last URL); deleting a draft is not. */
export function sendWebhooksAfterDelete(
  collection: TWebhookSourceCollection,
): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    const item = doc as TDocLike
    if (!isBulkChange(req) && item._status === 'published')
      await enqueueWebhookEvent(req, collection, 'deleted', item)
    return doc
  }
}
