import { z } from 'zod'

import { integerFlag, parseFlags, type TFlagsResult } from '@/scripts/lib/parseFlags'

export const BENCH_USAGE = `Usage: npm run bench -- [--articles <n>] [--duration <s>] [--connections <n>] [--trials <n>] [--processes <n>] [--no-build] [--database <file>] [--only <scenario>]
Builds and starts the production server on an embedded SQLite database with <n> generated articles
(made once with npm run seed:large and kept in bench/.data/; with a fifth as many 快讯 and 200
generated coins their coin links are spread over), puts deploy/nginx.conf in front of it,
and measures with wrk on loopback: pages from the app and through the micro-cache, a static file
served by nginx as the reference, an uncached feed render, publish-to-visible, cold start and peak
RSS; then one app instance against two (scale-out below). Prints a table and writes it as JSON
to bench/results/.
  --articles <n>      generated articles in the dataset, 1000..1000000 (default 100000)
  --duration <s>      seconds per wrk run, 1..120 (default 10)
  --connections <n>   wrk connections, 1..1024 (default 32)
  --trials <n>        publish-to-visible trials per path, 1..50 (default 5)
  --processes <n>     server processes (WEB_CONCURRENCY), 1..64 (default: one per core; in the
                      scale-out scenario per instance, default 1)
  --no-build          reuse the production build in $NEXT_DIST_DIR (default .next-bench)
  --database <file>   the SQLite file (default bench/.data/newsroom-100k.db for 100000)
  --only <scenario>   only that scenario on the dataset; the first three in-process (no build,
                      no server):
                      hot-views       热门 counting, 1,000 beacons/s for --duration s
                      watchlist-news  自选资讯 (GET /api/watchlists/news) for 200-coin and small watchlists
                      coin-page       a coin page's reads for a popular and a rare coin
                      scale-out       the production build (built unless --no-build) as 1 and as 2
                                      app instances behind nginx without its micro-cache, one
                                      redis-server (Debian's), one database: req/s, p99,
                                      publish-to-visible on the other instance, RSS
  --help              show this help
Needs Debian's nginx, wrk and redis-server: apt-get install -y nginx wrk redis-server.
Exit codes: 0 done, 1 a step failed, 2 bad flags.`

/** The scenarios `--only` runs alone. */
export const ONLY_SCENARIOS = ['hot-views', 'watchlist-news', 'coin-page', 'scale-out'] as const
export type TOnlyScenario = (typeof ONLY_SCENARIOS)[number]

export type TBenchArgs = {
  help: boolean
  build: boolean
  articles: number
  durationSeconds: number
  connections: number
  trials: number
  /** Absent: one per core. */
  processes?: number
  database: string
  /** One scenario alone instead of the whole run. */
  only?: TOnlyScenario
}

/** 100000 → 100k: the file name seed:large users will recognise. */
const datasetName = (articles: number) =>
  articles % 1000 === 0 ? `${articles / 1000}k` : String(articles)

const ZBenchArgs = z
  .object({
    help: z.boolean().default(false),
    'no-build': z.boolean().default(false),
    articles: integerFlag('--articles', { min: 1000, max: 1_000_000 }).default(100_000),
    duration: integerFlag('--duration', { min: 1, max: 120 }).default(10),
    connections: integerFlag('--connections', { min: 1, max: 1024 }).default(32),
    trials: integerFlag('--trials', { min: 1, max: 50 }).default(5),
    processes: integerFlag('--processes', { min: 1, max: 64 }).optional(),
    database: z.string().min(1).optional(),
    only: z
      .enum(ONLY_SCENARIOS, { error: `--only: the scenarios are ${ONLY_SCENARIOS.join(', ')}` })
      .optional(),
  })
  .transform((flags): TBenchArgs => ({
    help: flags.help,
    build: !flags['no-build'],
    articles: flags.articles,
    durationSeconds: flags.duration,
    connections: flags.connections,
    trials: flags.trials,
    processes: flags.processes,
    database: flags.database ?? `bench/.data/newsroom-${datasetName(flags.articles)}.db`,
    only: flags.only,
  }))

export function parseBenchArgs(argv: string[]): TFlagsResult<TBenchArgs> {
  return parseFlags(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      'no-build': { type: 'boolean' },
      articles: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      trials: { type: 'string' },
      processes: { type: 'string' },
      database: { type: 'string' },
      only: { type: 'string' },
    },
    ZBenchArgs,
  )
}
