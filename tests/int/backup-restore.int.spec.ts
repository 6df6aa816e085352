/**
 * `npm run backup` while the database is being written, then `npm run restore` into an empty
 * database: every table and every media file comes back, and a restore over data is refused.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'

import { sqliteFilePath, sqliteFirstRows, sqliteRowCounts } from '@/lib/db/backup'
import { seedDemoContent } from '@/lib/seed/seedDemoContent'
import { makeArticle, makeTag } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { seedActors } from '@/tests/helpers/users'
import { listFiles } from '@/scripts/lib/backupArchive'

const run = promisify(execFile)
const onSqlite = !(process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onSqlite ? describe : describe.skip

let context: TTestPayload
let payload: Payload
let work: string
let liveFile: string
let liveMedia: string

/** An npm script as an operator runs it, in a process of its own, on the given files. */
async function npmScript(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, NODE_ENV: 'development', ...env } },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  liveFile = sqliteFilePath(process.env.DATABASE_URI ?? '')
  liveMedia = process.env.MEDIA_DIR ?? ''
  work = await mkdtemp(path.join(os.tmpdir(), 'newsroom-backup-test-'))
  if (!onSqlite) return
  await seedDemoContent(payload, { accounts: true, log: () => undefined })
  const { readerA } = await seedActors(payload)
  const [article] = (await payload.find({ collection: 'articles', limit: 1, depth: 0 })).docs
  const [coin] = (await payload.find({ collection: 'coins', limit: 1, depth: 0 })).docs
  await payload.create({
    collection: 'watchlists',
    data: { owner: readerA.id, items: [coin!.id] },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'bookmarks',
    data: { user: readerA.id, article: article!.id },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await context?.cleanup()
  if (work) await rm(work, { recursive: true, force: true })
})

describeOnSqlite('backup and restore on SQLite', () => {
  test('a backup taken under a write load restores every table and media file', async () => {
    const before = await sqliteRowCounts(liveFile)
    // The rows each table had before the load (at most 5): those must come back unchanged. A
    // table with fewer may gain rows during the load (the audit log records each publish).
    const firstRows = async (file: string, table: string) =>
      sqliteFirstRows(file, table, Math.min(5, before[table]!))
    const tables = Object.keys(before).filter((table) => before[table]! > 0)
    const sampled = Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await firstRows(liveFile, table)])),
    )

    // Writers keep going in this process while the backup runs in another.
    let writing = true
    let acknowledged = 0
    const load = (async () => {
      while (writing) {
        await makeTag(payload)
        await makeArticle(payload)
        acknowledged++
        // libsql answers synchronously: without a turn of the event loop the child's exit would
        // never be heard.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const archive = path.join(work, 'live.tar.gz')
    const backup = await npmScript('backup', ['--out', archive], {
      DATABASE_URI: `file:${liveFile}`,
      MEDIA_DIR: liveMedia,
    })
    writing = false
    await load
    expect(backup).toMatchObject({ code: 0 })
    expect(acknowledged).toBeGreaterThan(0)
    const after = await sqliteRowCounts(liveFile)

    const target = {
      file: path.join(work, 'restored', 'newsroom.db'),
      media: path.join(work, 'media'),
    }
    const targetEnv = { DATABASE_URI: `file:${target.file}`, MEDIA_DIR: target.media }
    const restore = await npmScript('restore', ['--from', archive], targetEnv)
    expect(restore).toMatchObject({ code: 0 })

    // One moment of the database: each table between its state before and after the load.
    const restored = await sqliteRowCounts(target.file)
    expect(Object.keys(restored).sort()).toEqual(Object.keys(after).sort())
    for (const [table, rows] of Object.entries(restored)) {
      expect([table, rows >= before[table]! && rows <= after[table]!]).toEqual([table, true])
    }
    for (const table of tables) {
      expect([table, await firstRows(target.file, table)]).toEqual([table, sampled[table]])
    }
    for (const collection of [
      'articles',
      'tags',
      'coins',
      'media',
      'users',
      'watchlists',
      'bookmarks',
    ]) {
      expect([collection, restored[collection]! > 0]).toEqual([collection, true])
    }

    const liveFiles = await listFiles(liveMedia)
    expect(liveFiles.length).toBeGreaterThan(0)
    expect(await listFiles(target.media)).toEqual(liveFiles)
    for (const file of liveFiles) {
      const same = (await readFile(path.join(liveMedia, file))).equals(
        await readFile(path.join(target.media, file)),
      )
      expect([file, same]).toEqual([file, true])
    }

    // A second restore finds the database full and changes nothing.
    const again = await npmScript('restore', ['--from', archive], targetEnv)
    expect(again.code).toBe(1)
    expect(again.output).toMatch(
      /refusing to restore: the database .* is not empty \(.*articles: \d+/,
    )
    expect(await sqliteRowCounts(target.file)).toEqual(restored)
  })

  test('a backup into a directory restores as well; a restore from no backup says so', async () => {
    const directory = path.join(work, 'plain')
    expect(
      await npmScript('backup', ['--out', directory], {
        DATABASE_URI: `file:${liveFile}`,
        MEDIA_DIR: liveMedia,
      }),
    ).toMatchObject({ code: 0 })
    const target = {
      DATABASE_URI: `file:${path.join(work, 'second', 'x.db')}`,
      MEDIA_DIR: path.join(work, 'm2'),
    }
    expect(await npmScript('restore', ['--from', directory], target)).toMatchObject({ code: 0 })
    const missing = await npmScript('restore', ['--from', path.join(work, 'nothing')], target)
    expect(missing.code).toBe(1)
    expect(missing.output).toContain('no backup at')
  })
})
