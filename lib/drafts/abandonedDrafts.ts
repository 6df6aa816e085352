import type { Payload } from 'payload'

import { startBackgroundTaskOnce, startRepeatingTask } from '@/lib/background/repeatingTask'
import { getEnv } from '@/lib/env'

/** A new draft nobody wrote in is deleted after this long (WordPress keeps its auto-drafts 7 days). */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000
const SWEEP_EVERY_MS = 60 * 60 * 1000
/** Deleted per collection and sweep; the rest go in the next sweep. */
const SWEEP_LIMIT = 200

type TLocalized = Record<string, unknown> | string | null | undefined

/** Whether a localized text field (read with locale 'all') is empty in every edition. */
const blankEverywhere = (value: TLocalized): boolean => {
  const texts = value && typeof value === 'object' ? Object.values(value) : [value]
  return texts.every((text) => typeof text !== 'string' || text.trim() === '')
}

/**
 * What a never-touched new draft looks like: with autosave, Payload's admin creates the document
 * the moment 创建新条目 is clicked, so an editor who looks and leaves leaves an empty draft.
 * Only the fields a writer fills first are checked; a draft with any of them is kept.
 */
const UNTOUCHED: Record<'articles' | 'flashes', (doc: Record<string, unknown>) => boolean> = {
  articles: (doc) =>
    blankEverywhere(doc.title as TLocalized) && blankEverywhere(doc.summary as TLocalized),
  flashes: (doc) =>
    blankEverywhere(doc.text as TLocalized) && blankEverywhere(doc.title as TLocalized),
}

/**
 * Deletes the articles and 快讯 that were created as drafts, never saved again and are still
 * empty a day later. A draft someone typed into, anything published, and anything saved after
 * it was created are kept. Returns how many went.
 */
export async function deleteAbandonedDrafts(payload: Payload, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - ABANDONED_AFTER_MS).toISOString()
  let deleted = 0
  for (const collection of ['articles', 'flashes'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: cutoff } }] },
      locale: 'all',
      // Draft saves go to the versions only: the latest version is what the editor last saw.
      draft: true,
      depth: 0,
      limit: SWEEP_LIMIT,
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
    const abandoned = docs.filter((doc) => {
      const record = doc as unknown as Record<string, unknown>
      // Any autosave or save moves the latest version's updatedAt on; a draft never written to
      // keeps its creation time.
      const neverSaved =
        Date.parse(String(record.updatedAt)) - Date.parse(String(record.createdAt)) < 1000
      return neverSaved && UNTOUCHED[collection](record)
    })
    for (const doc of abandoned) {
      await payload.delete({ collection, id: doc.id, overrideAccess: true })
      deleted += 1
    }
  }
  return deleted
}

/** Called from Payload's onInit: one sweep an hour, in one server process (see startBackgroundTaskOnce). */
export function startAbandonedDraftsSweep(payload: Payload) {
  return startBackgroundTaskOnce('abandoned-drafts-sweep', getEnv(), () =>
    startRepeatingTask({
      firstDelayMs: 60_000,
      periodMs: SWEEP_EVERY_MS,
      run: async () => {
        const deleted = await deleteAbandonedDrafts(payload)
        if (deleted > 0) payload.logger.info(`deleted ${deleted} empty new drafts older than a day`)
      },
      onError: (error) =>
        payload.logger.error({ msg: 'abandoned drafts: sweep failed', err: error }),
    }),
  )
}
