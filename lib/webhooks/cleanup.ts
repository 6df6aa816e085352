import type { Payload, TaskConfig } from 'payload'

import { countDueJobs } from '@/lib/jobs/dueJobs'
import { CLEANUP_TASK, DELIVERY_LOG_DAYS, WEBHOOKS_QUEUE } from './queue'

const DAY_MS = 24 * 60 * 60 * 1000

/** Keeps the delivery log bounded: rows older than DELIVERY_LOG_DAYS go. */
export const cleanUpDeliveriesTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: CLEANUP_TASK,
  label: 'Delete old webhook deliveries',
  handler: async ({ req }) => {
    const before = new Date(Date.now() - DELIVERY_LOG_DAYS * DAY_MS).toISOString()
    const { docs } = await req.payload.delete({
      collection: 'webhook-deliveries',
      where: { createdAt: { less_than: before } },
      overrideAccess: true,
      req,
    })
    return { output: { deleted: docs.length } }
  },
}

/** Queues the clean-up unless one is already waiting (the runner asks about once an hour). */
export async function queueDeliveryCleanUp(payload: Payload): Promise<void> {
  const waiting = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: CLEANUP_TASK } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
  })
  if (waiting.totalDocs > 0) return
  await payload.jobs.queue({ task: CLEANUP_TASK, queue: WEBHOOKS_QUEUE, input: {} })
}

export const countDueWebhookJobs = (payload: Payload) => countDueJobs(payload, WEBHOOKS_QUEUE)
