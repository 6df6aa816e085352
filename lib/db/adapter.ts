import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { TEnv } from '@/lib/env'
import { createMongoReadIndexes } from './mongoIndexes'

type TOptions = { env: TEnv; migrationsRoot: string }

/**
 * The one place that picks the database: MongoDB for `mongodb://` URIs, an embedded SQLite file
 * otherwise. Schema changes always go through committed migrations (never Payload's dev push),
 * so development, tests and production all run the same schema.
 */
export function createDatabaseAdapter({ env, migrationsRoot }: TOptions): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.DATABASE_URI,
      migrationDir: path.join(migrationsRoot, 'mongodb'),
      // Tests create and query at once, so unique indexes must exist before the first write.
      ensureIndexes: env.NODE_ENV === 'test',
      afterOpenConnection: createMongoReadIndexes,
    })
  }
  ensureParentDirectory(env.DATABASE_URI)
  return sqliteAdapter({
    client: { url: env.DATABASE_URI },
    migrationDir: path.join(migrationsRoot, 'sqlite'),
    push: false,
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 5000,
  })
}

function ensureParentDirectory(fileUri: string): void {
  const filePath = fileUri.replace(/^file:(\/\/)?/, '')
  if (filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}
