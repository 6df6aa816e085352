import type { Payload } from 'payload'

import {
  startBackgroundTaskOnce,
  startRepeatingTask,
  type TRepeatingTask,
} from '@/lib/background/repeatingTask'
import { getEnv } from '@/lib/env'
import { countDueJobs } from './dueJobs'
import { jobsRunToken } from './runToken'

/**
 * Where this server reaches itself. `next start`, `next dev` and the standalone server all put the
 * port they listen on into PORT; INTERNAL_URL overrides it when the server is bound elsewhere.
 */
export function internalOrigin(internalUrl?: string, port = process.env.PORT): string {
  return internalUrl ?? `http://127.0.0.1:${port || '3000'}`
}

/**
 * Runs due jobs (scheduled publishing) by calling the server's own /api/payload-jobs/run.
 *
 * Why not Payload's `jobs.autoRun`: its cron runs jobs outside any request, where Next.js has no
 * cache to revalidate, so a scheduled article would be published in the database while every
 * cached page kept showing the old state. Inside a route handler, the article hooks'
 * revalidateTag works as it does for a publish from the admin. The due-job count is a cheap local
 * query, so the HTTP call happens only when there is work.
 */
export async function runDueJobs(payload: Payload, origin: string): Promise<number> {
  const due = await countDueJobs(payload)
  if (due === 0) return 0
  const response = await fetch(`${origin}/api/payload-jobs/run?queue=default&limit=20`, {
    headers: { authorization: `Bearer ${jobsRunToken(payload.secret)}` },
    signal: AbortSignal.timeout(60_000),
  })
  if (!response.ok) {
    throw new Error(`${origin}/api/payload-jobs/run answered ${response.status}`)
  }
  return due
}

/** Called from Payload's onInit: looks for due jobs every SCHEDULE_POLL_SECONDS. */
export function startScheduledJobsRunner(payload: Payload): TRepeatingTask | undefined {
  const env = getEnv()
  const periodMs = env.SCHEDULE_POLL_SECONDS * 1000
  return startBackgroundTaskOnce('scheduled-jobs-runner', env, () =>
    startRepeatingTask({
      firstDelayMs: periodMs,
      periodMs,
      run: async () => {
        const ran = await runDueJobs(payload, internalOrigin(env.INTERNAL_URL))
        if (ran > 0) payload.logger.info(`scheduled jobs: ran ${ran} due job(s)`)
      },
      onError: (error) =>
        payload.logger.error({
          msg: 'scheduled jobs: run failed (is INTERNAL_URL right for this server?)',
          err: error,
        }),
    }),
  )
}
