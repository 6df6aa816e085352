import { runScenarioProcess } from './latency'

/** The hot-views scenario's settings: the load (#15). */
export const HOT_VIEWS_RATE = 1000
export const HOT_VIEWS_ARTICLES = 100_000

/**
 * How beacons pick their article: `uniform` over every id (the worst case for the batches: almost
 * every view is its own row), `newest-heavy` as news is read (80% on the newest 1,000 articles,
 * the rest over all of them).
 */
export const HOT_VIEWS_MIXES = ['uniform', 'newest-heavy'] as const
export type THotViewsMix = (typeof HOT_VIEWS_MIXES)[number]

export type THotViewsReport = { runs: THotViewsRun[] }

export type THotViewsRun = {
  mix: THotViewsMix
  viewsPerSecond: number
  seconds: number
  /** Beacons sent, and how many counted (the rest were repeats of a client within 30 min). */
  beacons: number
  counted: number
  /** Article ids drawn from (the dataset's, up to HOT_VIEWS_ARTICLES). */
  articleIds: number
  /** Rows the run added to article-views, and flushes made. */
  storedRows: number
  flushes: number
  /**
   * CPU of the counting path (body check, bots and prefetches, rate limit, dedupe, batches,
   * flushes): the run's minus that of the same loop building the same requests without counting.
   */
  cpuPercentOfOneCore: number
  loopCpuPercentOfOneCore: number
  idleCpuPercentOfOneCore: number
}

/**
 * The `hot-views` scenario: 1,000 热门 beacons a second, for a fixed time, through the code the
 * endpoint runs (its body parse, the bot and prefetch checks, the articleViews rate limit, the
 * dedupe window, the batch) with the real writer flushing to the benchmark database, in its own
 * process so that process.cpuUsage is the counting's alone. It runs on a copy-free basis: the rows
 * it writes stay in the database (a later run adds to them). The child prints its report last.
 */
export async function measureHotViews(
  databaseFile: string,
  seconds: number,
): Promise<THotViewsReport> {
  const runs: THotViewsRun[] = []
  for (const mix of HOT_VIEWS_MIXES) runs.push(await measureHotViewsMix(databaseFile, seconds, mix))
  return { runs }
}

function measureHotViewsMix(
  databaseFile: string,
  seconds: number,
  mix: THotViewsMix,
): Promise<THotViewsRun> {
  return runScenarioProcess<THotViewsRun>(
    'hot-views',
    'scripts/bench/hotViewsRun.ts',
    databaseFile,
    {
      args: [String(seconds), mix],
      nodeFlags: ['--expose-gc'],
    },
  )
}

export function hotViewsLines(report: THotViewsReport): string[] {
  return report.runs.map(
    (run) =>
      `热门 counting (${run.mix}): ${run.viewsPerSecond} beacons/s × ${run.seconds} s over ${run.articleIds} article ids: ` +
      `${run.cpuPercentOfOneCore}% of one core (the loop alone ${run.loopCpuPercentOfOneCore}%, idle ${run.idleCpuPercentOfOneCore}%), ` +
      `${run.counted} of ${run.beacons} counted, ${run.flushes} flushes, ${run.storedRows} rows`,
  )
}
