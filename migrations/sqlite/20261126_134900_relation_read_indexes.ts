import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: "articles in a tag" and "articles about a coin" go from the relation row to its
 * article, so index (target, parent) together. MongoDB gets its equivalents in lib/db/mongoIndexes.ts.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_rels_tags_parent_idx\` ON \`articles_rels\` (\`tags_id\`, \`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_rels_coins_parent_idx\` ON \`articles_rels\` (\`coins_id\`, \`parent_id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles_rels_tags_parent_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_rels_coins_parent_idx\`;`)
}
