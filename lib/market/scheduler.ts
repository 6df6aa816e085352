import type { Payload } from 'payload'

import {
  schedulerWanted,
  startRepeatingTask,
  type TRepeatingTask,
} from '../background/repeatingTask'
import { getEnv } from '../env'
import { getMarketDataProvider } from './provider'
import { describeRefresh, refreshMarketData } from './refresh'

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
