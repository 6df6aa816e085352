/**
 * `npm run backup [-- --out backups/x.tar.gz]`: a consistent archive of the database and the
 * uploaded media, taken while the server keeps running (scripts/lib/backupArchive.ts). An --out
 * ending in .tar.gz or .tgz gives one file, anything else a directory. On MongoDB it prints how
 * to use mongodump instead.
 */
import { z } from 'zod'

import { getEnv } from '@/lib/env'
import { createBackup } from './lib/backupArchive'
import { handOffToMongoTools } from './lib/mongoToolsHandOff'
import { flagsOrExit, parseFlags } from './lib/parseFlags'

const USAGE = 'Usage: npm run backup [-- --out <directory or file.tar.gz>]'
const args = flagsOrExit(
  parseFlags(
    process.argv.slice(2),
    { help: { type: 'boolean' }, out: { type: 'string' } },
    z.object({ help: z.boolean().default(false), out: z.string().min(1).optional() }),
  ),
  {
    help: `${USAGE}\nWrites the database and MEDIA_DIR to one archive (default: backups/newsroom-<time>.tar.gz).`,
    afterError: `\n${USAGE}`,
  },
)

const env = getEnv()
// --oplog (one point in time across collections) works on whole-server dumps only.
handOffToMongoTools(env, (server) => [
  'MongoDB is backed up with its own tool, mongodump (a consistent snapshot of the whole server):',
  `  mongodump --uri="${server}" --oplog --gzip --archive=newsroom-$(date +%F).archive.gz`,
  `and the uploaded files with a copy of MEDIA_DIR (${env.MEDIA_DIR}). See docs/docker.md, "Backups".`,
])

const out = args.out ?? `backups/newsroom-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`
try {
  const manifest = await createBackup(
    { databaseUrl: env.DATABASE_URI, mediaDir: env.MEDIA_DIR },
    out,
  )
  const rows = Object.values(manifest.rows).reduce((sum, count) => sum + count, 0)
  console.log(`backup written to ${out}: ${rows} rows, ${manifest.mediaFiles} media files`)
} catch (error) {
  console.error(`✖ backup failed: ${(error as Error).message}`)
  process.exit(1)
}
