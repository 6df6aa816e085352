import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { AUDITED_CONTENT, type TAuditedCollection } from '@/lib/audit/actions'
import { actorOfRequest, recordAuditEvent } from '@/lib/audit/record'
import { isBulkChange, liveChangeOfSave } from './liveState'

type TContentDoc = {
  id: number | string
  _status?: string | null
  slug?: string | null
  title?: unknown
  text?: unknown
  publishedAt?: string | null
}

/** A short name for the item: its slug (articles) or the start of its title or text (快讯). */
function labelOf(doc: TContentDoc): string | undefined {
  if (doc.slug) return doc.slug
  const text = typeof doc.title === 'string' && doc.title ? doc.title : doc.text
  return typeof text === 'string' ? text.slice(0, 60) : undefined
}

/**
 * Records publish and unpublish (afterChange, from the live status before and after the save:
 * collections/hooks/liveState.ts, whose rememberLiveState runs in beforeChange) and delete
 * (afterDelete) of articles or 快讯. Publishing changes to a live item is recorded as a publish.
 * Seeds and bulk jobs are not editors' actions and are not recorded.
 */
export function auditPublishing(collection: TAuditedCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const prefix = AUDITED_CONTENT[collection]
  return {
    afterChange: async ({ doc, operation, req }) => {
      if (isBulkChange(req)) return doc
      const current = doc as TContentDoc
      const change = await liveChangeOfSave(req, collection, current, operation)
      if (!change) return doc
      const published = change !== 'unpublished'
      await recordAuditEvent(
        req,
        {
          action: published ? `${prefix}.published` : `${prefix}.unpublished`,
          actor: actorOfRequest(req),
          target: { collection, id: current.id, label: labelOf(current) },
          details: published
            ? { firstTime: change === 'published', publishedAt: current.publishedAt }
            : undefined,
        },
        { inTransaction: true },
      )
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      if (isBulkChange(req)) return doc
      const current = doc as TContentDoc
      await recordAuditEvent(
        req,
        {
          action: `${prefix}.deleted`,
          actor: actorOfRequest(req),
          target: { collection, id: current.id, label: labelOf(current) },
          details: { wasPublished: current._status === 'published' },
        },
        { inTransaction: true },
      )
      return doc
    },
  }
}
