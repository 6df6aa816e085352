import type { Migration, Payload } from 'payload'

import { migrations as mongoMigrations } from '@/migrations/mongodb'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { databaseKind } from './kind'

/**
 * Applies committed migrations that have not run yet. SQLite needs them for its tables; MongoDB
 * creates collections and indexes by itself, and its migrations reshape stored documents (the
 * localized fields: migrations/mongodb).
 */
export async function runPendingMigrations(payload: Payload): Promise<void> {
  const migrations = databaseKind(payload) === 'sqlite' ? sqliteMigrations : mongoMigrations
  // Each adapter types its migrations' arguments its own way; Payload's list type is generic.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
