import { spawn } from 'node:child_process'
import path from 'node:path'

import { countGeneratedInFile } from '@/lib/db/sqliteFile'

/** Generated coins beside the 32 demo ones: the 自选资讯 issue's 200-coin watchlist needs them. */
export const BENCH_COINS = 200

/** Generated 快讯: one for every five articles (20,000 at 100,000). */
export const benchFlashes = (articles: number) => Math.ceil(articles / 5)

/**
 * Makes sure the benchmark database holds `articles` generated articles, a fifth as many 快讯 and
 * BENCH_COINS generated coins over which their coin links are spread (few popular, most rare). On
 * a missing file, seed:large first lets Payload migrate and write the demo content (tags, coins,
 * the demo editor the benchmark publishes as), then generates; on a short one it adds only what is
 * missing. Spreading the coins redraws every generated item's links (a minute at 100,000).
 */
export async function ensureDataset(file: string, articles: number): Promise<void> {
  const absolute = path.resolve(file)
  const flashes = benchFlashes(articles)
  const present = await countGeneratedInFile(absolute)
  const complete =
    present.articles >= articles &&
    present.flashes >= flashes &&
    present.coins >= BENCH_COINS &&
    present.articlesWithoutCoins === 0
  const summary =
    `${present.articles} articles, ${present.flashes} 快讯, ${present.coins} coins generated` +
    (present.articlesWithoutCoins > 0
      ? `, ${present.articlesWithoutCoins} articles without coins`
      : '')
  if (complete) {
    console.log(`dataset: ${absolute} has ${summary}`)
    return
  }
  console.log(
    `dataset: ${summary} (needs ${articles}, ${flashes}, ${BENCH_COINS} spread); running seed:large`,
  )
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/seedLarge.ts',
        '--articles',
        String(articles),
        '--flashes',
        String(flashes),
        '--coins',
        String(BENCH_COINS),
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          NODE_ENV: 'development',
          DATABASE_URI: `file:${absolute}`,
          SEED_ON_EMPTY: 'true',
          SEED_DEMO_ACCOUNTS: 'true',
        },
      },
    )
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seed:large exited with ${code}`)),
    )
  })
}
