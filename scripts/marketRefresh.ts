/**
 * `npm run market:refresh`: one market-data refresh from the command line, with a progress line
 * and a summary. Flags: --ids a,b (only these coins), --force (ignore the cool-down), --help.
 */
import { loadPayload } from './lib/loadPayload'
import { flagsOrExit } from './lib/parseFlags'
import { MARKET_REFRESH_USAGE, parseMarketRefreshArgs } from './lib/marketRefreshArgs'

const args = flagsOrExit(parseMarketRefreshArgs(process.argv.slice(2)), {
  help: MARKET_REFRESH_USAGE,
  afterError: `\n${MARKET_REFRESH_USAGE}`,
})

// Only refresh here: the automatic first-start seed must not run as well.
process.env.SEED_ON_EMPTY = 'false'
const { getEnv } = await import('@/lib/env')
const env = getEnv()
const payload = await loadPayload()
const { getMarketDataProvider } = await import('@/lib/market/provider')
const { describeRefresh, refreshMarketData } = await import('@/lib/market/refresh')

const provider = getMarketDataProvider()
console.log(
  `market refresh: ${provider.name}${provider.isSampleData ? ' (示例数据 sample data)' : ''}` +
    (args.ids ? `, ${args.ids.length} requested id(s)` : ''),
)

const interactive = Boolean(process.stdout.isTTY)
const result = await refreshMarketData(payload, {
  provider,
  refreshSeconds: env.MARKET_REFRESH_SECONDS,
  marketDataIds: args.ids,
  ignoreCooldown: args.force,
  logger: {
    info: (message) => console.log(message),
    warn: (message) => console.warn(`⚠ ${message}`),
  },
  onProgress: (done, total) => {
    // One line rewritten in place on a terminal; only the last state in a log file.
    if (interactive)
      process.stdout.write(`\rprogress ${done}/${total}${done === total ? '\n' : ''}`)
    else if (done === total) console.log(`progress ${done}/${total}`)
  },
})
if (result.notListed.length) {
  console.warn(`⚠ not in the coins collection, so not refreshed: ${result.notListed.join(', ')}`)
}
if (result.missingIds.length) {
  console.warn(`⚠ not returned by the provider (figures kept): ${result.missingIds.join(', ')}`)
}
console.log(`summary: ${describeRefresh(result)}`)
await payload.destroy()
process.exit(result.status === 'failed' ? 1 : 0)
