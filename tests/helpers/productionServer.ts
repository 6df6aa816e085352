import { existsSync } from 'node:fs'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { snapshotSqliteAsTemplate } from '@/lib/db/backup'
import { nextDistDir } from '@/lib/env'
import { startNextProductionServer, type TProductionServer } from '@/scripts/lib/productionServer'

export type { TProductionServer }

const E2E_ENV = { PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef' }
const TEMPLATE_PREFIX = 'newsroom-e2e-template-'
/** Variables that change what the first start writes: such a server seeds its own database. */
const SEED_VARIABLES = ['DATABASE_URI', 'MEDIA_DIR', 'SEED_ON_EMPTY', 'SEED_DEMO_ACCOUNTS']

/**
 * `next start` of the production build on a database of its own, holding the demo content a new
 * install seeds on first start. Requires `next build` to have run (npm run test:e2e does it).
 *
 * Seeding (migrations, demo articles, images in every size, account passwords) is most of a
 * start-up, and every test file starts a server: the first server of a build seeds a template
 * (`seededTemplate`), and the others start on a copy of it. A file whose variables
 * change the seed (SEED_VARIABLES), or that passes `{ fresh: true }`, seeds its own.
 */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
  options: { fresh?: boolean } = {},
): Promise<TProductionServer> {
  const env = { ...E2E_ENV, ...extraEnv }
  const seedsItself = options.fresh || SEED_VARIABLES.some((name) => name in extraEnv)
  const template = seedsItself ? null : await seededTemplate()
  return startNextProductionServer({
    env,
    tempPrefix: 'newsroom-e2e-',
    prepareDirectory: template
      ? async (directory) => {
          await cp(path.join(template, 'newsroom.db'), path.join(directory, 'newsroom.db'))
          await cp(path.join(template, 'media'), path.join(directory, 'media'), {
            recursive: true,
          })
        }
      : undefined,
  })
}

/**
 * A seeded database and media directory for this build (keyed by Next's BUILD_ID: the seed runs
 * inside the server, so a new build may seed differently), made once by starting a server as a
 * new install and copying what it wrote. Templates of other builds are removed.
 */
async function seededTemplate(): Promise<string> {
  const buildId = (await readFile(path.join(nextDistDir(), 'BUILD_ID'), 'utf8')).trim()
  const template = path.join(os.tmpdir(), `${TEMPLATE_PREFIX}${buildId}`)
  if (existsSync(path.join(template, 'ready'))) return template
  for (const entry of await readdir(os.tmpdir())) {
    if (entry.startsWith(TEMPLATE_PREFIX))
      await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true })
  }
  const seeding = await startNextProductionServer({ env: E2E_ENV, tempPrefix: 'newsroom-e2e-' })
  try {
    const databaseFile = seeding.databaseFile
    if (!databaseFile) throw new Error('the e2e template needs a SQLite database')
    await cp(path.join(path.dirname(databaseFile), 'media'), path.join(template, 'media'), {
      recursive: true,
    })
    await snapshotSqliteAsTemplate({
      url: `file:${databaseFile}`,
      toFile: path.join(template, 'newsroom.db'),
    })
    await writeFile(path.join(template, 'ready'), new Date().toISOString())
  } finally {
    await seeding.stop()
  }
  return template
}
