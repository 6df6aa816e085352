import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'

import { mongooseAdapterOf, sqliteAdapterOf } from './kind'
import { databaseUnavailableReason } from './unavailable'

export type TDatabaseHealth = { ok: true } | { ok: false; reason: string }

// A write holds SQLite's lock for milliseconds; not getting it in any of these tries, spread over
// about two seconds, means someone holds it for long.
const SQLITE_LOCK_TRIES = 10
const SQLITE_LOCK_PAUSE_MS = 200
const MONGO_TIMEOUT_MS = 3000

/**
 * Whether the database can take a write right now. On SQLite a reader is never blocked in WAL
 * mode, so only taking the write lock (and letting it go at once) shows a lock held for long or a
 * file that cannot be opened. libsql waits for a lock synchronously, blocking the whole process
 * for the busy timeout, so the probe uses a connection of its own that does not wait and tries
 * again after a pause instead. On MongoDB a ping to the server.
 */
export async function checkDatabase(payload: Payload): Promise<TDatabaseHealth> {
  try {
    const sqlite = sqliteAdapterOf(payload)
    if (sqlite) await probeSqliteWriteLock(String(sqlite.clientConfig.url))
    else await pingMongo(payload)
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: databaseUnavailableReason(error) ?? 'database error' }
  }
}

async function probeSqliteWriteLock(url: string): Promise<void> {
  const { $client: client } = drizzle({ connection: { url } })
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    for (let attempt = 1; ; attempt++) {
      try {
        await client.execute('BEGIN IMMEDIATE')
        await client.execute('ROLLBACK')
        return
      } catch (error) {
        if (
          attempt >= SQLITE_LOCK_TRIES ||
          databaseUnavailableReason(error) !== 'database locked'
        ) {
          throw error
        }
        await new Promise((resolve) => setTimeout(resolve, SQLITE_LOCK_PAUSE_MS))
      }
    }
  } finally {
    client.close()
  }
}

async function pingMongo(payload: Payload): Promise<void> {
  const database = mongooseAdapterOf(payload)?.connection.db
  if (!database) throw new Error('database unreachable: not connected')
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`database unreachable: no answer within ${MONGO_TIMEOUT_MS} ms`)),
      MONGO_TIMEOUT_MS,
    )
  })
  try {
    await Promise.race([database.admin().command({ ping: 1 }), timeout])
  } finally {
    clearTimeout(timer)
  }
}
