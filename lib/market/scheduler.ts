import type { Payload } from 'payload'

import {
  startBackgroundTaskOnce,
  startRepeatingTask,
  type TRepeatingTask,
} from '@/lib/background/repeatingTask'
import { getEnv } from '@/lib/env'
import { getMarketDataProvider } from './provider'
import { describeRefresh, refreshMarketData } from './refresh'

/** Called from Payload's onInit: refreshes market data every MARKET_REFRESH_SECONDS. */
export function startMarketRefreshScheduler(payload: Payload): TRepeatingTask | undefined {
  const env = getEnv()
  return startBackgroundTaskOnce('market-refresh-scheduler', env, () => {
    const provider = getMarketDataProvider()
    payload.logger.info(
      `market data: ${provider.name}${provider.isSampleData ? ' (示例数据)' : ''}, refreshed every ${env.MARKET_REFRESH_SECONDS} s`,
    )
    let firstRunLogged = false
    return startRepeatingTask({
      // A few seconds after start-up, so the first requests are not competing with the first run.
      firstDelayMs: 5_000,
      periodMs: env.MARKET_REFRESH_SECONDS * 1000,
      run: async () => {
        const result = await refreshMarketData(payload, {
          provider,
          refreshSeconds: env.MARKET_REFRESH_SECONDS,
        })
        if (result.status === 'skipped') return
        // A routine run (every coin found and stored) is not worth a log line every minute; the
        // first one is, as the operator's sign that market data works (the fuzzer waits for it).
        const routine = result.status === 'done' && result.missing + result.failed === 0
        const line = `market refresh: ${describeRefresh(result)}`
        if (routine && firstRunLogged) payload.logger.debug(line)
        else payload.logger.info(line)
        firstRunLogged = true
      },
      onError: (error) => payload.logger.error({ msg: 'market refresh: run failed', err: error }),
    })
  })
}
