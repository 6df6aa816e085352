import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Images are private until an article showing them is published (collections/Media.ts). Images
 * that published articles already show stay public: their covers and the upload nodes of their
 * bodies (Lexical JSON, searched at any depth).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`visible_to_visitors\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`media_visible_to_visitors_idx\` ON \`media\` (\`visible_to_visitors\`);`,
  )
  await db.run(sql`UPDATE \`media\` SET \`visible_to_visitors\` = 1 WHERE \`id\` IN (
    SELECT \`cover_id\` FROM \`articles\` WHERE \`_status\` = 'published' AND \`cover_id\` IS NOT NULL
    UNION
    SELECT json_extract(node.value, '$.value') FROM \`articles\`, json_tree(\`articles\`.\`body\`) AS node
    WHERE \`articles\`.\`_status\` = 'published' AND node.type = 'object'
      AND json_extract(node.value, '$.type') = 'upload'
      AND json_extract(node.value, '$.relationTo') = 'media'
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_visible_to_visitors_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visible_to_visitors\`;`)
}
