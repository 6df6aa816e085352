import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { databaseKind } from './kind'

/**
 * Applies committed migrations that have not run yet. SQLite needs them for its tables; MongoDB
 * creates collections and indexes by itself and has no schema migrations (yet).
 */
export async function runPendingMigrations(payload: Payload): Promise<void> {
  if (databaseKind(payload) !== 'sqlite') return
  // Generated migration modules type their arguments for SQLite; Payload's list type is generic.
  await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
}
