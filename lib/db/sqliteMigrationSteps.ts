import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'

import { migrations } from '@/migrations/sqlite'
import { sqliteAdapterOf } from './kind'

/**
 * For tests of a migration (tests/int/localized-migration.int.spec.ts): a database as it was
 * before the migration, with data in the old shape, which Payload then migrates on start as in
 * production; and one migration's down or up run again on a running database.
 */

type TMigrationDb = Parameters<(typeof migrations)[number]['up']>[0]['db']
type TStatementArgs = (string | number | null)[]

const indexOf = (name: string) => {
  const index = migrations.findIndex((migration) => migration.name === name)
  if (index < 0) throw new Error(`no SQLite migration named ${name}`)
  return index
}

/**
 * Applies the migrations before `name` to a new SQLite file, records them as Payload does, then
 * runs `statements` (the old-shape rows) on it. Payload started on the file runs the rest.
 */
export async function sqliteFileBefore(
  url: string,
  name: string,
  statements: { sql: string; args?: TStatementArgs }[],
): Promise<void> {
  const db = drizzle({ connection: { url } })
  try {
    for (const migration of migrations.slice(0, indexOf(name))) {
      await migration.up({ db: db as unknown as TMigrationDb } as never)
      await db.run(sql`INSERT INTO payload_migrations (name, batch) VALUES (${migration.name}, 1)`)
    }
    for (const statement of statements)
      await db.$client.execute({ sql: statement.sql, args: statement.args ?? [] })
  } finally {
    db.$client.close()
  }
}

/** Runs one migration's `down` or `up` on the running database (not recorded). */
export async function runSqliteMigrationStep(
  payload: Payload,
  name: string,
  direction: 'up' | 'down',
): Promise<void> {
  const adapter = sqliteAdapterOf(payload)
  if (!adapter) throw new Error('SQLite migrations need the SQLite adapter')
  const args = { db: adapter.drizzle as unknown as TMigrationDb, payload } as never
  await migrations[indexOf(name)]![direction](args)
}

/** Rows of a plain query, for checking what a migration left in the tables. */
export async function sqliteRows(
  payload: Payload,
  query: string,
): Promise<Record<string, unknown>[]> {
  const adapter = sqliteAdapterOf(payload)
  if (!adapter) throw new Error('needs the SQLite adapter')
  const { rows } = await adapter.client.execute(query)
  return rows.map((row) => ({ ...row }))
}
