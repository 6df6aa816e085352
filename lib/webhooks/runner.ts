import type { Payload } from 'payload'

import { startBackgroundTaskOnce, type TRepeatingTask } from '@/lib/background/repeatingTask'
import { startRepeatingTask } from '@/lib/background/repeatingTask'
import { getEnv } from '@/lib/env'
import { countDueWebhookJobs, queueDeliveryCleanUp } from './cleanup'
import { WEBHOOKS_QUEUE } from './queue'

/** How often the queue is looked at: a publish reaches receivers within about this long. */
export const WEBHOOK_POLL_MS = 1_000
const CLEANUP_EVERY_MS = 60 * 60 * 1000
/** Deliveries sent at once; each takes at most the send timeout (5 s). */
const DELIVERIES_PER_RUN = 20

/**
 * Runs due webhook jobs in this process. Unlike scheduled publishing (lib/jobs/runner.ts), no
 * cache is revalidated here, so Payload's Local API is enough and no request to the server itself
 * is needed. The count first keeps an idle tick to one cheap query.
 */
export async function runWebhookJobs(payload: Payload): Promise<number> {
  const due = await countDueWebhookJobs(payload)
  if (due === 0) return 0
  await payload.jobs.run({ queue: WEBHOOKS_QUEUE, limit: DELIVERIES_PER_RUN, silent: true })
  return due
}

/**
 * Called from Payload's onInit. Only one process runs it (the first of WEB_CONCURRENCY, never
 * tests, builds or scripts: startBackgroundTaskOnce); the others only queue, and Payload marks a
 * job as processing before running it. Once an hour the tick also queues the log's clean-up.
 */
export function startWebhookJobsRunner(payload: Payload): TRepeatingTask | undefined {
  let nextCleanUp = Date.now()
  return startBackgroundTaskOnce('webhook-jobs-runner', getEnv(), () =>
    startRepeatingTask({
      firstDelayMs: WEBHOOK_POLL_MS,
      periodMs: WEBHOOK_POLL_MS,
      run: async () => {
        if (Date.now() >= nextCleanUp) {
          nextCleanUp = Date.now() + CLEANUP_EVERY_MS
          await queueDeliveryCleanUp(payload)
        }
        await runWebhookJobs(payload)
      },
      onError: (error) => payload.logger.error({ msg: 'webhooks: run failed', err: error }),
    }),
  )
}
