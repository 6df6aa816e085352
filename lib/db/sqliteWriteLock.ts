import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

export type TWriteLock = { release: () => Promise<void> }

/**
 * Takes SQLite's write lock on a database file from a connection of its own and keeps it until
 * released: what a stuck maintenance job or another program holding the file does to a server.
 * Readers carry on in WAL mode; every write waits out its busy timeout and fails. For tests of
 * how the server behaves then (tests/e2e/database-trouble.e2e.spec.ts).
 */
export async function holdSqliteWriteLock(url: string): Promise<TWriteLock> {
  const { $client: client } = drizzle({ connection: { url } })
  await client.execute('BEGIN EXCLUSIVE')
  return {
    release: async () => {
      await client.execute('ROLLBACK')
      client.close()
    },
  }
}
