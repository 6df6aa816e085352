import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  snapshotSqlite,
  sqliteFilePath,
  sqliteIntegrityProblem,
  sqliteRowCounts,
} from '@/lib/db/backup'

/**
 * A backup of an SQLite deployment: a directory (or the same directory as a .tar.gz) holding
 *   manifest.json     what it is, when it was taken, rows per table, media files
 *   database.sqlite   a consistent snapshot of the live database (lib/db/backup.ts)
 *   media/            the uploaded files (MEDIA_DIR)
 * MongoDB deployments back up with mongodump instead (docs/docker.md).
 */

const FORMAT = 'newsroom-backup'
const VERSION = 1
const DATABASE_FILE = 'database.sqlite'
const MEDIA_FOLDER = 'media'
const run = promisify(execFile)

export type TManifest = {
  format: typeof FORMAT
  version: typeof VERSION
  createdAt: string
  database: 'sqlite'
  rows: Record<string, number>
  mediaFiles: number
}

export type TLocations = { databaseUrl: string; mediaDir: string }

const isTarball = (file: string) => /\.(tar\.gz|tgz)$/.test(file)

/** Every file under `directory`, as paths relative to it (none when it does not exist). */
export async function listFiles(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return []
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort()
}

/**
 * Writes a backup of the database and media at `out` (a new directory, or a .tar.gz file) while
 * the server keeps running. The database is copied first: a file uploaded afterwards is extra in
 * the archive, never missing from it.
 */
export async function createBackup(from: TLocations, out: string): Promise<TManifest> {
  if (existsSync(out)) throw new Error(`${out} already exists; name a new directory or file`)
  const work = isTarball(out) ? await mkdtemp(path.join(os.tmpdir(), 'newsroom-backup-')) : null
  const directory = work ? path.join(work, path.basename(out).replace(/\.(tar\.gz|tgz)$/, '')) : out
  try {
    await mkdir(directory, { recursive: true })
    const databaseFile = path.join(directory, DATABASE_FILE)
    await snapshotSqlite({ url: from.databaseUrl, toFile: path.resolve(databaseFile) })
    if (existsSync(from.mediaDir)) {
      await cp(from.mediaDir, path.join(directory, MEDIA_FOLDER), { recursive: true })
    }
    const manifest: TManifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      database: 'sqlite',
      rows: await sqliteRowCounts(databaseFile),
      mediaFiles: (await listFiles(path.join(directory, MEDIA_FOLDER))).length,
    }
    await writeFile(path.join(directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    if (work) {
      await mkdir(path.dirname(path.resolve(out)), { recursive: true })
      await run('tar', ['-czf', path.resolve(out), '-C', work, path.basename(directory)])
    }
    return manifest
  } catch (error) {
    if (!work) await rm(out, { recursive: true, force: true })
    throw error
  } finally {
    if (work) await rm(work, { recursive: true, force: true })
  }
}

/** The archive's directory: `archive` itself, or a .tar.gz unpacked into a temporary one. */
async function openArchive(
  archive: string,
): Promise<{ directory: string; done: () => Promise<void> }> {
  if (!existsSync(archive)) throw new Error(`no backup at ${archive}`)
  if (!isTarball(archive)) return { directory: archive, done: async () => undefined }
  const work = await mkdtemp(path.join(os.tmpdir(), 'newsroom-restore-'))
  await run('tar', ['-xzf', path.resolve(archive), '-C', work])
  const [inner] = (await readdir(work, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  )
  if (!inner) throw new Error(`${archive} does not hold a backup directory`)
  return {
    directory: path.join(work, inner.name),
    done: () => rm(work, { recursive: true, force: true }),
  }
}

async function readManifest(directory: string): Promise<TManifest> {
  const file = path.join(directory, 'manifest.json')
  if (!existsSync(file)) throw new Error(`${directory} is not a Newsroom backup (no manifest.json)`)
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<TManifest>
  if (
    manifest.format !== FORMAT ||
    manifest.version !== VERSION ||
    manifest.database !== 'sqlite'
  ) {
    throw new Error(`${directory} is not a Newsroom SQLite backup of version ${VERSION}`)
  }
  return manifest as TManifest
}

/** Why the target cannot take a restore (it holds documents or files), or null when empty. */
async function notEmptyReason(to: TLocations): Promise<string | null> {
  const file = sqliteFilePath(to.databaseUrl)
  const filled = Object.entries(await sqliteRowCounts(file)).filter(([, rows]) => rows > 0)
  if (filled.length) {
    const listed = filled.map(([table, rows]) => `${table}: ${rows}`).join(', ')
    return `the database ${file} is not empty (${listed})`
  }
  const media = await listFiles(to.mediaDir)
  if (media.length) return `the media directory ${to.mediaDir} is not empty (${media.length} files)`
  return null
}

/**
 * Loads a backup into an empty database and media directory, with the server stopped. Refuses
 * (throws, changing nothing) when either already holds something, or the archive is unsound.
 */
export async function restoreBackup(archive: string, to: TLocations): Promise<TManifest> {
  const { directory, done } = await openArchive(archive)
  try {
    const manifest = await readManifest(directory)
    const source = path.join(directory, DATABASE_FILE)
    const problem = await sqliteIntegrityProblem(source)
    if (problem) throw new Error(`the backup's database is damaged: ${problem}`)
    const occupied = await notEmptyReason(to)
    if (occupied) {
      throw new Error(
        `refusing to restore: ${occupied}. Restore into an empty database and media directory.`,
      )
    }
    const target = sqliteFilePath(to.databaseUrl)
    await mkdir(path.dirname(path.resolve(target)), { recursive: true })
    // An empty database may still have its schema and WAL files; the snapshot replaces them all.
    for (const suffix of ['', '-wal', '-shm']) await rm(`${target}${suffix}`, { force: true })
    await cp(source, target)
    const media = path.join(directory, MEDIA_FOLDER)
    if (existsSync(media) && (await stat(media)).isDirectory()) {
      await cp(media, to.mediaDir, { recursive: true })
    }
    return manifest
  } finally {
    await done()
  }
}
