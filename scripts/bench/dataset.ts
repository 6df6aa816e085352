import { spawn } from 'node:child_process'
import path from 'node:path'

import { countArticlesInFile } from '@/lib/db/sqliteFile'

/**
 * Makes sure the benchmark database holds `articles` generated articles. On a missing file,
 * seed:large first lets Payload migrate and write the demo content (tags, coins, the demo editor
 * the benchmark publishes as), then generates; on a short one it adds only what is missing.
 */
export async function ensureDataset(file: string, articles: number): Promise<void> {
  const absolute = path.resolve(file)
  // Generated articles are the bulk-… slugs (scripts/largeDataset/article.ts).
  const present = await countArticlesInFile(absolute, 'bulk-')
  if (present >= articles) {
    console.log(`dataset: ${absolute} has ${present} generated articles`)
    return
  }
  console.log(`dataset: ${present} of ${articles} generated articles; running seed:large`)
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/seedLarge.ts', '--articles', String(articles)],
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
