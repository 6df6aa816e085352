import { cache } from 'react'
import type { Payload } from 'payload'

export type TScheduled = { at: string; type: 'publish' | 'unpublish' }

/** More pending schedules than this are not expected; the list then shows the soonest ones. */
const MOST_SCHEDULES = 1000

type TScheduleInput = { type?: unknown; doc?: { relationTo?: unknown; value?: unknown } }

/**
 * The publishes and unpublishes waiting in Payload's jobs queue (the 安排发布 drawer queues a
 * `schedulePublish` job that waits until its time), by document id, for one collection. A job that
 * has run, failed for good or is running now is not waiting any more.
 */
export async function pendingSchedules(
  payload: Payload,
  collection: string,
): Promise<Map<string, TScheduled>> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: MOST_SCHEDULES,
    depth: 0,
    overrideAccess: true,
  })
  const byDocument = new Map<string, TScheduled>()
  for (const job of docs) {
    const input = (job.input ?? {}) as TScheduleInput
    if (input.doc?.relationTo !== collection || !job.waitUntil) continue
    const id = String(input.doc.value)
    // Sorted by time: the first one is the next thing that happens to the document.
    if (byDocument.has(id)) continue
    byDocument.set(id, {
      at: job.waitUntil,
      type: input.type === 'unpublish' ? 'unpublish' : 'publish',
    })
  }
  return byDocument
}

/** Once per admin list render: every row's cell asks, one query answers them all. */
export const pendingSchedulesOfRender = cache(pendingSchedules)
