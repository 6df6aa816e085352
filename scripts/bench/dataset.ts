import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'

/** Generated (bulk-…) articles already in the file; 0 when it has no schema yet. */
async function countGenerated(file: string): Promise<number> {
  if (!existsSync(file)) return 0
  const client = createClient({ url: `file:${file}` })
  try {
    const result = await client.execute(
      "select count(*) as n from articles where slug like 'bulk-%'",
    )
    return Number(result.rows[0]?.n ?? 0)
  } catch {
    return 0
  } finally {
    client.close()
  }
}

/**
 * Makes sure the benchmark database holds `articles` generated articles. On a missing file,
 * seed:large first lets Payload migrate and write the demo content (tags, coins, the demo editor
 * the benchmark publishes as), then generates; on a short one it adds only what is missing.
 */
export async function ensureDataset(file: string, articles: number): Promise<void> {
  const absolute = path.resolve(file)
  const present = await countGenerated(absolute)
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
