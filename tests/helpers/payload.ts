import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'

import { mongooseAdapterOf } from '@/lib/db/kind'

export type TTestPayload = {
  payload: Payload
  config: SanitizedConfig
  cleanup: () => Promise<void>
}

/** Puts a fresh database name into a MongoDB URI, keeping host, credentials and options. */
export function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Starts Payload on a database of its own: a temporary SQLite file, or, when DATABASE_URI points at
 * a MongoDB server, a fresh database there that is dropped afterwards. Migrations run as in prod.
 */
export async function startTestPayload(
  options: {
    /** SQLite only: prepares the database file (by its URI) before Payload starts on it. */
    prepareSqlite?: (databaseUri: string) => Promise<void>
  } = {},
): Promise<TTestPayload> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-test-'))
  const given = process.env.DATABASE_URI ?? ''
  const mongo = given.startsWith('mongodb')
  process.env.DATABASE_URI = mongo
    ? withDatabaseName(given, `newsroom_test_${randomBytes(4).toString('hex')}`)
    : `file:${path.join(directory, 'test.db')}`
  process.env.MEDIA_DIR = path.join(directory, 'media')
  if (!mongo) await options.prepareSqlite?.(process.env.DATABASE_URI)

  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@/payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    cleanup: async () => {
      if (mongo) await mongooseAdapterOf(payload)?.connection.dropDatabase()
      await payload.destroy()
      await rm(directory, { recursive: true, force: true })
    },
  }
}

/**
 * Payload on the database of a running test server (e2e), for what only the admin's server
 * functions can do, such as queueing a scheduled publish. Nothing is seeded or migrated twice.
 */
export async function attachPayloadTo(databaseUri: string): Promise<Payload> {
  process.env.DATABASE_URI = databaseUri
  process.env.SEED_ON_EMPTY = 'false'
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@/payload.config')
  return getPayload({ config: await configPromise })
}
