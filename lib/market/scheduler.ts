import type { Payload } from 'payload'

import { getEnv, type TEnv } from '../env'
import { getMarketDataProvider } from './provider'
import { describeRefresh, refreshMarketData } from './refresh'

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
 * Only a Next.js server process refreshes in the background: not tests, not `next build`, not
 * scripts such as `npm run seed` (Next's CLI sets NEXT_RUNTIME=nodejs; tsx scripts do not).
 */
export function schedulerWanted(
  env: Pick<TEnv, 'NODE_ENV' | 'NEXT_PHASE'>,
  runtime = process.env.NEXT_RUNTIME,
): boolean {
  return (
    env.NODE_ENV !== 'test' && env.NEXT_PHASE !== 'phase-production-build' && runtime === 'nodejs'
  )
}

// On globalThis so that a re-evaluated module (dev hot reload) does not start a second timer.
const STARTED = Symbol.for('newsroom.market-refresh-scheduler')
type TGlobalWithScheduler = typeof globalThis & { [STARTED]?: TRepeatingTask }

/** Called from Payload's onInit: refreshes market data every MARKET_REFRESH_SECONDS. */
export function startMarketRefreshScheduler(payload: Payload): TRepeatingTask | undefined {
  const env = getEnv()
  const holder = globalThis as TGlobalWithScheduler
  if (!schedulerWanted(env) || holder[STARTED]) return holder[STARTED]
  const provider = getMarketDataProvider()
  payload.logger.info(
    `market data: ${provider.name}${provider.isSampleData ? ' (示例数据)' : ''}, refreshed every ${env.MARKET_REFRESH_SECONDS} s`,
  )
  holder[STARTED] = startRepeatingTask({
    // A few seconds after start-up, so the first requests are not competing with the first run.
    firstDelayMs: 5_000,
    periodMs: env.MARKET_REFRESH_SECONDS * 1000,
    run: async () => {
      const result = await refreshMarketData(payload, {
        provider,
        refreshSeconds: env.MARKET_REFRESH_SECONDS,
      })
      if (result.status === 'skipped') return
      // A quiet period (nothing changed, missing or failed) is not worth a log line every minute.
      const quiet =
        result.status === 'done' && result.updated + result.missing + result.failed === 0
      const line = `market refresh: ${describeRefresh(result)}`
      if (quiet) payload.logger.debug(line)
      else payload.logger.info(line)
    },
    onError: (error) => payload.logger.error({ msg: 'market refresh: run failed', err: error }),
  })
  return holder[STARTED]
}
