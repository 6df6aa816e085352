import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { TEnv } from '@/lib/env'

export type TDatabaseKind = TEnv['databaseKind']

/** Which of the two adapters that lib/db/adapter.ts creates this Payload instance runs on. */
export function databaseKind(payload: Pick<Payload, 'db'>): TDatabaseKind {
  return payload.db.name === 'sqlite' ? 'sqlite' : 'mongodb'
}

// Payload types `payload.db` as the adapter interface both share; these two narrow it to the one
// running, for code that needs its own parts (the libsql client, Drizzle tables, the connection).

/** Payload's SQLite adapter, or null on MongoDB. */
export function sqliteAdapterOf(payload: Payload): SQLiteAdapter | null {
  return databaseKind(payload) === 'sqlite' ? (payload.db as unknown as SQLiteAdapter) : null
}

/** Payload's MongoDB adapter, or null on SQLite. */
export function mongooseAdapterOf(payload: Payload): MongooseAdapter | null {
  return databaseKind(payload) === 'mongodb' ? (payload.db as unknown as MongooseAdapter) : null
}
