import { z } from 'zod'

import { integerFlag, parseFlags, type TFlagsResult } from '@/scripts/lib/parseFlags'

export const SEED_LARGE_USAGE = `Usage: npm run seed:large -- [--articles <n>] [--flashes <n>] [--coins <n>] [--batch <n>]
Adds generated articles (slugs bulk-<n>-…) and 快讯 until there are n of each; reruns add only the missing.
  --articles <n>  how many generated articles there should be, 1..1000000
  --flashes <n>   how many generated 快讯 there should be, 1..1000000
  --coins <n>     adds generated coins (bulk-coin-<n>) up to n, 1..10000, then redraws every generated
                  article's (1–3) and 快讯's (0–2) coins over all coins, a few popular, most rare (SQLite)
  --batch <n>     documents written per transaction, 1..10000 (default 500)
At least one of --articles, --flashes and --coins.
  --help          show this help
Needs the demo tags and coins (npm run seed, or an empty database's first start). Exit code 2: bad flags.`

const ZSeedLargeArgs = z.union([
  z.object({ help: z.literal(true) }).loose(),
  z.object({
    help: z.literal(false).default(false),
    articles: integerFlag('--articles', { min: 1, max: 1_000_000, example: 1000 }).optional(),
    flashes: integerFlag('--flashes', { min: 1, max: 1_000_000, example: 1000 }).optional(),
    coins: integerFlag('--coins', { min: 1, max: 10_000, example: 200 }).optional(),
    batch: integerFlag('--batch', { min: 1, max: 10_000, example: 1000 }).default(500),
  }),
])

export type TSeedLargeArgs =
  | { help: true }
  | {
      help: false
      articles: number | undefined
      flashes: number | undefined
      coins: number | undefined
      batch: number
    }

/** The command line's flags, or one line saying what is wrong with them. */
export function parseSeedLargeArgs(argv: string[]): TFlagsResult<TSeedLargeArgs> {
  const parsed = parseFlags(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      articles: { type: 'string' },
      flashes: { type: 'string' },
      coins: { type: 'string' },
      batch: { type: 'string' },
    },
    ZSeedLargeArgs,
  )
  if (!parsed.ok) return parsed
  const args = parsed.args
  if (args.help) return { ok: true, args: { help: true } }
  // One of them unless --help, so checked here rather than in the schema's union.
  if (args.articles === undefined && args.flashes === undefined && args.coins === undefined)
    return {
      ok: false,
      error: '--articles, --flashes or --coins is required, e.g. --articles 100000',
    }
  return {
    ok: true,
    args: {
      help: false,
      articles: args.articles,
      flashes: args.flashes,
      coins: args.coins,
      batch: args.batch,
    },
  }
}
