import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { TEnv } from './env'

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

/**
 * MongoDB keeps hasMany relations as arrays on the article, so "newest in a tag" and "newest about
 * a coin" get compound multikey indexes. SQLite keeps them in `articles_rels`, indexed by a
 * migration instead (migrations/sqlite). The admin list reads the latest version of each article
 * (drafts on) from the versions collection, newest first or by title, with Payload's `-createdAt`
 * tie-break: the same two indexes the SQLite migration scale_read_indexes creates. (The sitemap's
 * covering index there is SQLite-only: MongoDB reads the chunk from `_status, publishedAt`.)
 */
async function createMongoReadIndexes(adapter: MongooseAdapter) {
  const articles = adapter.connection.collection('articles')
  await articles.createIndex(
    { _status: 1, tags: 1, publishedAt: -1 },
    { name: 'status_tags_publishedAt' },
  )
  await articles.createIndex(
    { _status: 1, coins: 1, publishedAt: -1 },
    { name: 'status_coins_publishedAt' },
  )
  const versions = adapter.versions.articles?.collection
  if (!versions) return
  await versions.createIndex(
    // Title and slug last, so the list's search (a regex) is tested on index keys, not documents.
    { latest: 1, 'version.publishedAt': -1, createdAt: -1, 'version.title': 1, 'version.slug': 1 },
    { name: 'latest_publishedAt' },
  )
  await versions.createIndex(
    { latest: 1, 'version.title': 1, createdAt: -1 },
    { name: 'latest_title' },
  )
}
