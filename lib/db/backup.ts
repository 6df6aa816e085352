import { existsSync } from 'node:fs'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

/**
 * The SQL of `npm run backup` and `npm run restore` on SQLite (scripts/lib/backupArchive.ts does
 * the rest). They open the file with a connection of their own, so they work beside a running
 * server without starting Payload.
 */

type TClient = ReturnType<typeof drizzle>['$client']

async function withFile<T>(url: string, work: (client: TClient) => Promise<T>): Promise<T> {
  const { $client: client } = drizzle({ connection: { url } })
  try {
    // A server's write holds the lock for milliseconds; wait for it rather than fail.
    await client.execute('PRAGMA busy_timeout = 5000')
    return await work(client)
  } finally {
    client.close()
  }
}

/** The path of a `file:` database URL. */
export const sqliteFilePath = (url: string): string => url.replace(/^file:(\/\/)?/, '')

/**
 * A consistent copy of a live database at `toFile` (which must not exist): VACUUM INTO reads one
 * snapshot inside a read transaction, so a server writing in WAL mode is neither stopped nor
 * seen half-way through a write, and the copy is compact and self-contained (no -wal file).
 */
export async function snapshotSqlite(options: { url: string; toFile: string }): Promise<void> {
  await withFile(options.url, async (client) => {
    await client.execute({ sql: 'VACUUM INTO ?', args: [options.toFile] })
  })
}

/**
 * A copy of a seeded database made to start other servers from (the end-to-end tests' template):
 * VACUUM INTO, then without the leases its server held, which would keep a new server's market
 * refresh waiting for a process that is gone.
 */
export async function snapshotSqliteAsTemplate(options: { url: string; toFile: string }) {
  await snapshotSqlite(options)
  await withFile(`file:${options.toFile}`, async (client) => {
    await client.execute('DELETE FROM leases')
  })
}

/** SQLite's own check of a database file: null when sound, else what it found. */
export async function sqliteIntegrityProblem(file: string): Promise<string | null> {
  return withFile(`file:${file}`, async (client) => {
    const result = await client.execute('PRAGMA integrity_check')
    const findings = result.rows.map((row) => String(Object.values(row)[0]))
    return findings.length === 1 && findings[0] === 'ok' ? null : findings.join('; ')
  })
}

/**
 * Rows in each table of a database file: what a backup's manifest lists, and how a restore tells
 * an empty database (none at all) from one that holds documents. An absent file has none. Left
 * out: SQLite's own tables, the migration record, and full-text tables with their shadow tables
 * (derived from the others, they travel inside the file and have no plain rows to compare).
 */
export async function sqliteRowCounts(file: string): Promise<Record<string, number>> {
  if (!existsSync(file)) return {}
  return withFile(`file:${file}`, async (client) => {
    const tables = await client.execute(
      `select name from sqlite_master m where type = 'table' and name not like 'sqlite\\_%' escape '\\'
        and name <> 'payload_migrations' and sql not like 'CREATE VIRTUAL TABLE%'
        and not exists (select 1 from sqlite_master v where v.type = 'table'
          and v.sql like 'CREATE VIRTUAL TABLE%' and m.name like v.name || '\\_%' escape '\\')
        order by name`,
    )
    const counts: Record<string, number> = {}
    for (const row of tables.rows) {
      const table = String(row.name)
      const result = await client.execute(
        `select count(*) as n from "${table.replace(/"/g, '""')}"`,
      )
      counts[table] = Number(result.rows[0]?.n ?? 0)
    }
    return counts
  })
}

/** The first `limit` rows of a table in rowid order, for comparing a restored copy. */
export async function sqliteFirstRows(
  file: string,
  table: string,
  limit: number,
): Promise<Record<string, unknown>[]> {
  return withFile(`file:${file}`, async (client) => {
    const result = await client.execute({
      sql: `select * from "${table.replace(/"/g, '""')}" order by rowid limit ?`,
      args: [limit],
    })
    return result.rows.map((row) => ({ ...row }))
  })
}
