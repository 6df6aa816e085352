import type { Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations/sqlite'

/**
 * Applies committed migrations that have not run yet. SQLite needs them for its tables; MongoDB
 * creates collections and indexes by itself and has no schema migrations (yet).
 */
export async function runPendingMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  await payload.db.migrate({ migrations: sqliteMigrations })
}
