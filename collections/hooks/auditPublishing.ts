import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { User } from '@/payload-types'
import { AUDITED_CONTENT, type TAuditedCollection } from '@/lib/audit/actions'
import { publishTransition } from '@/lib/audit/publishTransition'
import { recordAuditEvent } from '@/lib/audit/record'

type TContentDoc = {
  id: number | string
  _status?: string | null
  slug?: string | null
  title?: unknown
  text?: unknown
  publishedAt?: string | null
}

type TUserLike = { id: User['id']; email?: unknown } | null | undefined

/** A short name for the item: its slug (articles) or the start of its title or text (快讯). */
function labelOf(doc: TContentDoc): string | undefined {
  if (doc.slug) return doc.slug
  const text = typeof doc.title === 'string' && doc.title ? doc.title : doc.text
  return typeof text === 'string' ? text.slice(0, 60) : undefined
}

/** Inside the save's transaction, the live (non-draft) document's status. */
async function liveStatus(
  collection: TAuditedCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<string | null> {
  const live = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as TContentDoc | null
  return live?._status ?? null
}

const actorOf = (req: PayloadRequest) => {
  const user = req.user as TUserLike
  return user ? { id: user.id, email: user.email } : null
}

/**
 * Where beforeChange leaves the live status it read, for afterChange of the same save: per
 * request (the hooks' `context` is not one object across the two stages).
 */
const liveBeforeOf = new WeakMap<PayloadRequest, Map<string, string | null>>()
const saveKey = (collection: TAuditedCollection, id: number | string) => `${collection}:${id}`

/**
 * Records publish and unpublish (beforeChange reads the live status, afterChange compares) and
 * delete (afterDelete) of articles or 快讯. Seeds and bulk jobs (context.disableRevalidate) are
 * not editors' actions and are not recorded.
 */
export function auditPublishing(collection: TAuditedCollection): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const prefix = AUDITED_CONTENT[collection]
  return {
    beforeChange: async ({ data, operation, originalDoc, req }) => {
      const id = (originalDoc as TContentDoc | undefined)?.id
      if (req.context.disableRevalidate || operation !== 'update' || id === undefined) return data
      const saves = liveBeforeOf.get(req) ?? new Map<string, string | null>()
      saves.set(saveKey(collection, id), await liveStatus(collection, id, req))
      liveBeforeOf.set(req, saves)
      return data
    },
    afterChange: async ({ doc, operation, req }) => {
      if (req.context.disableRevalidate) return doc
      const current = doc as TContentDoc
      const liveBefore =
        operation === 'update' ? liveBeforeOf.get(req)?.get(saveKey(collection, current.id)) : null
      const transition = publishTransition({
        savedStatus: current._status,
        liveBefore,
        // Only a save that leaves a draft can have unpublished: no read otherwise.
        liveAfter:
          current._status !== 'published' && liveBefore === 'published'
            ? await liveStatus(collection, current.id, req)
            : current._status,
      })
      if (!transition) return doc
      await recordAuditEvent(
        req,
        {
          action: `${prefix}.${transition}`,
          actor: actorOf(req),
          target: { collection, id: current.id, label: labelOf(current) },
          details:
            transition === 'published'
              ? { firstTime: liveBefore !== 'published', publishedAt: current.publishedAt }
              : undefined,
        },
        { inTransaction: true },
      )
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      if (req.context?.disableRevalidate) return doc
      const current = doc as TContentDoc
      await recordAuditEvent(
        req,
        {
          action: `${prefix}.deleted`,
          actor: actorOf(req),
          target: { collection, id: current.id, label: labelOf(current) },
          details: { wasPublished: current._status === 'published' },
        },
        { inTransaction: true },
      )
      return doc
    },
  }
}
