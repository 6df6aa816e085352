import { spawn } from 'node:child_process'
import path from 'node:path'

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

async function measureHotViewsMix(
  databaseFile: string,
  seconds: number,
  mix: THotViewsMix,
): Promise<THotViewsRun> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'scripts/bench/hotViewsRun.ts', String(seconds), mix],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          // As the benchmark's server (scripts/lib/productionServer.ts): a local database only.
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'local-secret-0123456789abcdef',
          DATABASE_URI: `file:${path.resolve(databaseFile)}`,
          SEED_ON_EMPTY: 'false',
        },
      },
    )
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`hot-views scenario exited with ${code}`)),
    )
  })
  const last = output.trim().split('\n').at(-1) ?? ''
  return JSON.parse(last) as THotViewsRun
}

export function hotViewsLines(report: THotViewsReport): string[] {
  return report.runs.map(
    (run) =>
      `热门 counting (${run.mix}): ${run.viewsPerSecond} beacons/s × ${run.seconds} s over ${run.articleIds} article ids: ` +
      `${run.cpuPercentOfOneCore}% of one core (the loop alone ${run.loopCpuPercentOfOneCore}%, idle ${run.idleCpuPercentOfOneCore}%), ` +
      `${run.counted} of ${run.beacons} counted, ${run.flushes} flushes, ${run.storedRows} rows`,
  )
}
