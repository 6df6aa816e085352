import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { sqliteAdapterOf } from './kind'

/**
 * The 搜索与分享 image columns (`meta.image` of articles and 快讯, and of their versions) came from
 * a migration's ALTER TABLE, which gave their foreign key no ON DELETE SET NULL as the cover's
 * has; so deleting an image still named there failed (FOREIGN KEY constraint failed, a 500).
 * Rebuilding those tables would drop their hand-made indexes, so instead the rows that name the
 * image forget it first, in the delete's transaction. MongoDB has no foreign keys: a deleted
 * image reads as none there, as a deleted cover does.
 */
const SHARE_IMAGE_COLUMNS = [
  ['articles', 'meta_image_id'],
  ['_articles_v', 'version_meta_image_id'],
  ['flashes', 'meta_image_id'],
  ['_flashes_v', 'version_meta_image_id'],
] as const

export async function forgetShareImage(req: PayloadRequest, mediaId: number | string) {
  const sqlite = sqliteAdapterOf(req.payload)
  if (!sqlite) return
  const session = req.transactionID ? sqlite.sessions[await req.transactionID] : undefined
  // The delete's own transaction (Payload types its sessions for every SQL adapter).
  const db = (session?.db ?? sqlite.drizzle) as SQLiteAdapter['drizzle']
  for (const [table, column] of SHARE_IMAGE_COLUMNS)
    await db.run(
      sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = NULL WHERE ${sql.identifier(column)} = ${mediaId}`,
    )
}
