import { workerNumber } from '@/lib/cluster/workerNumber'
import type { TEnv } from '@/lib/env'

export type TRepeatingTask = { stop: () => void }

/**
 * Runs `run` after `firstDelayMs`, then again `periodMs` after each run ends: runs never overlap
 * within the process, and a run that throws is logged and does not stop the next one. Timers are
 * unref'd so a script that happens to load Payload is never kept alive by them.
 */
export function startRepeatingTask(options: {
  run: () => Promise<unknown>
  periodMs: number
  firstDelayMs: number
  onError: (error: unknown) => void
}): TRepeatingTask {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const schedule = (delay: number) => {
    if (stopped) return
    timer = setTimeout(tick, delay)
    timer.unref()
  }
  const tick = async () => {
    try {
      await options.run()
    } catch (error) {
      options.onError(error)
    } finally {
      schedule(options.periodMs)
    }
  }
  schedule(options.firstDelayMs)
  return {
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}

/**
 * Only a Next.js server process runs background tasks: not tests, not `next build`, not
 * scripts such as `npm run seed` (Next's CLI sets NEXT_RUNTIME=nodejs; tsx scripts do not). Of
 * several server processes (WEB_CONCURRENCY, lib/cluster) only the first does, so that a due
 * scheduled article is published once and the market is not asked N times.
 */
export function schedulerWanted(
  env: Pick<TEnv, 'NODE_ENV' | 'NEXT_PHASE'>,
  runtime = process.env.NEXT_RUNTIME,
  worker = workerNumber(),
): boolean {
  return (
    env.NODE_ENV !== 'test' &&
    env.NEXT_PHASE !== 'phase-production-build' &&
    runtime === 'nodejs' &&
    (worker === undefined || worker === '1')
  )
}

/**
 * Starts a background task once per server process: only where schedulerWanted says so, and kept
 * on globalThis under `newsroom.<name>` so that a re-evaluated module (dev hot reload) does not
 * start a second timer.
 */
export function startBackgroundTaskOnce(
  name: string,
  env: Pick<TEnv, 'NODE_ENV' | 'NEXT_PHASE'>,
  start: () => TRepeatingTask,
): TRepeatingTask | undefined {
  const key = Symbol.for(`newsroom.${name}`)
  const holder = globalThis as typeof globalThis & Record<symbol, TRepeatingTask | undefined>
  if (!schedulerWanted(env) || holder[key]) return holder[key]
  holder[key] = start()
  return holder[key]
}
