import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { liveChange, type TLiveChange } from '@/lib/liveChange'

/** The collections whose live status the change hooks (webhooks, the audit log) follow. */
export type TLiveCollection = 'articles' | 'flashes'

type TStatus = string | null

/** Seeds and bulk jobs set context.disableRevalidate: they announce and record nothing. */
export const isBulkChange = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

const beforeKey = (collection: TLiveCollection, id: unknown) =>
  `live:before:${collection}:${String(id)}`
const afterKey = (collection: TLiveCollection, id: unknown) =>
  `live:after:${collection}:${String(id)}`

/**
 * The status of the live (main) document, which a draft save leaves untouched. Hooks' previousDoc
 * is the latest version instead, a draft when one was saved over a published document, so it
 * cannot tell an unpublish from a draft save, nor a republish from a first publish.
 */
async function liveStatus(
  req: PayloadRequest,
  collection: TLiveCollection,
  id: unknown,
): Promise<TStatus> {
  const row = await req.payload.db.findOne<{ id: string | number; _status?: string | null }>({
    collection,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return row?._status ?? null
}

/** Before an update: remembers whether the document was live, for the hooks after it. */
export function rememberLiveState(collection: TLiveCollection): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined && !isBulkChange(req)) {
      req.context[beforeKey(collection, originalDoc.id)] = await liveStatus(
        req,
        collection,
        originalDoc.id,
      )
      delete req.context[afterKey(collection, originalDoc.id)]
    }
    return data
  }
}

/**
 * What a save did to what readers see (lib/liveChange.ts), from the live status before and after
 * it. A draft saved or autosaved over a live document leaves the live one as it was: no change.
 * The status after is read once per save, however many hooks ask.
 */
export async function liveChangeOfSave(
  req: PayloadRequest,
  collection: TLiveCollection,
  doc: { id: string | number; _status?: string | null },
  operation: 'create' | 'update',
): Promise<TLiveChange | null> {
  const before =
    operation === 'update'
      ? ((req.context[beforeKey(collection, doc.id)] as TStatus) ?? null)
      : null
  let after: TStatus = 'published'
  if (doc._status !== 'published') {
    const key = afterKey(collection, doc.id)
    if (!(key in req.context)) req.context[key] = await liveStatus(req, collection, doc.id)
    after = req.context[key] as TStatus
  }
  const draftSavedOverLive = doc._status !== 'published' && after === 'published'
  return draftSavedOverLive ? null : liveChange({ _status: after }, { _status: before })
}
