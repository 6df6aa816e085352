import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { rebuildSearchIndex } from '@/lib/search/rebuild'

/**
 * The search index on MongoDB: Payload creates the `search-documents` collection and its unique
 * (kind, docId, language) and rank indexes itself; this indexes the articles and 快讯 that were
 * published before it existed. Written by hand, like the SQLite migration of the same name.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await rebuildSearchIndex(payload, { req })
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await payload.db.deleteMany({ collection: 'search-documents', where: {}, req })
}
