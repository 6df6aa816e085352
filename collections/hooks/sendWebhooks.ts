import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { liveChange } from '@/lib/liveChange'
import { enqueueWebhookEvent } from '@/lib/webhooks/enqueue'
import type { TWebhookSourceCollection } from '@/lib/webhooks/events'

type TDocLike = { id: string | number; slug?: string | null; _status?: string | null }

/** Seeds and bulk jobs set context.disableRevalidate: they announce nothing either. */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

const liveKey = (collection: string, id: unknown) => `webhooks:live:${collection}:${String(id)}`

/**
 * The status of the live (main) document, which a draft save leaves untouched. Hooks' previousDoc
 * is the latest version instead, a draft when one was saved over a published document, so it
 * cannot tell an unpublish from a draft save, nor a republish from a first publish.
 */
async function liveStatus(req: PayloadRequest, collection: TWebhookSourceCollection, id: unknown) {
  const row = await req.payload.db.findOne<{ id: string | number; _status?: string | null }>({
    collection,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return row?._status ?? null
}

/** Before an update: remembers whether the document was live, for the hook after it. */
export function rememberLiveState(
  collection: TWebhookSourceCollection,
): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined && !skip(req))
      req.context[liveKey(collection, originalDoc.id)] = await liveStatus(
        req,
        collection,
        originalDoc.id,
      )
    return data
  }
}

/**
 * After a change: the event, decided by the same rule as cache expiry (lib/liveChange.ts) from the
 * live status before and after. A draft saved or autosaved over a live document leaves the live
 * one as it was: nothing to announce.
 */
export function sendWebhooksAfterChange(
  collection: TWebhookSourceCollection,
): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    const item = doc as TDocLike
    if (skip(req)) return doc
    const before = operation === 'update' ? req.context[liveKey(collection, item.id)] : null
    const after =
      item._status === 'published' ? 'published' : await liveStatus(req, collection, item.id)
    const draftSavedOverLive = item._status !== 'published' && after === 'published'
    const change = draftSavedOverLive
      ? null
      : liveChange({ _status: after }, { _status: before as string | null })
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
    if (!skip(req) && item._status === 'published')
      await enqueueWebhookEvent(req, collection, 'deleted', item)
    return doc
  }
}
