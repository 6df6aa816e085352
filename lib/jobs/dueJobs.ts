import type { Payload, Where } from 'payload'

/** The same jobs Payload's runJobs would pick up now in `queue` (pending, not failed, due). */
export function dueJobsWhere(queue: string, now: Date): Where {
  return {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { queue: { equals: queue } },
      {
        or: [
          { waitUntil: { exists: false } },
          { waitUntil: { less_than_equal: now.toISOString() } },
        ],
      },
    ],
  }
}

export async function countDueJobs(payload: Payload, queue = 'default'): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: dueJobsWhere(queue, new Date()),
    overrideAccess: true,
  })
  return totalDocs
}
