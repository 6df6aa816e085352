/**
 * `npm run restore -- --from <archive>`: loads a backup made by `npm run backup` into the
 * configured database and MEDIA_DIR, which must both be empty (a fresh deployment that has not
 * started yet, or whose files were moved away). Stop the server first. On MongoDB it prints how
 * to use mongorestore instead.
 */
import { z } from 'zod'

import { getEnv } from '@/lib/env'
import { restoreBackup } from './lib/backupArchive'
import { handOffToMongoTools } from './lib/mongoToolsHandOff'
import { flagsOrExit, parseFlags } from './lib/parseFlags'

const USAGE = 'Usage: npm run restore -- --from <backup directory or file.tar.gz>'
const args = flagsOrExit(
  parseFlags(
    process.argv.slice(2),
    { help: { type: 'boolean' }, from: { type: 'string' } },
    z.object({
      help: z.boolean().default(false),
      from: z.string({ error: '--from <archive> is required' }).min(1),
    }),
  ),
  {
    help: `${USAGE}\nLoads the archive into the empty database of DATABASE_URI and the empty MEDIA_DIR.`,
    afterError: `\n${USAGE}`,
  },
)

const env = getEnv()
handOffToMongoTools(env, (server) => [
  'MongoDB is restored with its own tool, mongorestore, into an empty server:',
  `  mongorestore --uri="${server}" --oplogReplay --gzip --archive=<file>.archive.gz`,
  `and the uploaded files copied back into MEDIA_DIR (${env.MEDIA_DIR}). See docs/docker.md, "Backups".`,
])

try {
  const manifest = await restoreBackup(args.from, {
    databaseUrl: env.DATABASE_URI,
    mediaDir: env.MEDIA_DIR,
  })
  const rows = Object.values(manifest.rows).reduce((sum, count) => sum + count, 0)
  console.log(
    `restored ${args.from} (taken ${manifest.createdAt}): ${rows} rows, ${manifest.mediaFiles} media files`,
  )
} catch (error) {
  console.error(`✖ restore failed: ${(error as Error).message}`)
  process.exit(1)
}
