import { z } from 'zod'

import { parseFlags, type TFlagsResult } from './parseFlags'

export const MARKET_REFRESH_USAGE = `Usage: npm run market:refresh -- [--ids bitcoin,ethereum] [--force]
Refreshes market data once: the coins in watchlists and articles plus the top 30, or only --ids.
  --ids <list>  comma-separated provider ids (coins.marketDataId) to refresh
  --force       run even if another process refreshed less than MARKET_REFRESH_SECONDS ago
  --help        show this help
Exit codes: 0 done or skipped, 1 the provider failed, 2 bad arguments.`

const MARKET_DATA_ID = /^[a-z0-9][a-z0-9-]{0,99}$/

const ZMarketRefreshArgs = z.object({
  help: z.boolean().default(false),
  force: z.boolean().default(false),
  ids: z
    .string()
    .transform((raw) => [
      ...new Set(
        raw
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().regex(MARKET_DATA_ID, '--ids: use provider ids such as bitcoin,ethereum'))
        .min(1, '--ids needs at least one id, e.g. --ids bitcoin,ethereum')
        .max(1000, '--ids: at most 1000 ids'),
    )
    .optional(),
})

export type TMarketRefreshArgs = z.infer<typeof ZMarketRefreshArgs>

/** The command line's flags, or one line saying what is wrong with them. */
export function parseMarketRefreshArgs(argv: string[]): TFlagsResult<TMarketRefreshArgs> {
  return parseFlags(
    argv,
    { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' }, ids: { type: 'string' } },
    ZMarketRefreshArgs,
  )
}
