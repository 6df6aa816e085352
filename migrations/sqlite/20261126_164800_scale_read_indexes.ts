import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand, for the portal and admin reads at 100,000 articles (each read's plan and time:
 * `npm run db:plans`, README "Scale"). MongoDB gets its equivalents in lib/db/mongoIndexes.ts.
 *
 * Indexes:
 * - `_articles_v_latest_published_at_idx`: the admin list (drafts on, so Payload reads the latest
 *   version rows) in its default order, newest first, without sorting every version. It carries
 *   title and slug so the list's search (LIKE '%…%', which no index can seek) is checked on index
 *   entries, and only matching rows are read from the table.
 * - `_articles_v_latest_title_idx`: the admin list sorted by title (Payload adds `-createdAt`).
 * - `articles_published_sitemap_idx`: sitemap chunks read only id, slug and updatedAt, oldest
 *   first; the table rows hold the article body before `updated_at`, so reading 10,000 of them
 *   walked their overflow pages.
 *
 * Planner statistics: without them SQLite guesses that "relation rows of one tag" are about ten and
 * plans a tag feed as "gather the tag's rows, then sort them": 15,000 rows sorted for every page.
 * With statistics it walks the publish-time index and probes (tags_id, parent_id) for each article,
 * stopping after a page. So this writes the statistics `ANALYZE` measured on the 100k bench
 * database (npm run seed:large) for the four article tables, pinned: every database, however small,
 * plans these reads as at scale, and a fresh one does not start without statistics. Running
 * `ANALYZE` on a small database would replace them with small-database figures; refresh them only
 * from a representative database. An index added to these tables later needs its line here.
 */

const ARTICLE_TABLES = ['articles', 'articles_rels', '_articles_v', '_articles_v_rels'] as const

/** sqlite_stat1 rows: table, index, "rows, then rows per distinct key prefix" (ANALYZE's format). */
const STATISTICS: [table: string, index: string, stat: string][] = [
  ['articles', 'articles_slug_idx', '100064 1'],
  ['articles', 'articles_cover_idx', '100064 7148'],
  ['articles', 'articles_author_idx', '100064 33355'],
  ['articles', 'articles_published_at_idx', '100064 1'],
  ['articles', 'articles_featured_idx', '100064 50032'],
  ['articles', 'articles_updated_at_idx', '100064 1'],
  ['articles', 'articles_created_at_idx', '100064 1'],
  ['articles', 'articles__status_idx', '100064 50032'],
  ['articles', '_status_publishedAt_idx', '100064 50032 1'],
  ['articles', 'articles_published_sitemap_idx', '100064 50032 1 1 1 1 1'],
  ['articles_rels', 'articles_rels_order_idx', '350296 87574'],
  ['articles_rels', 'articles_rels_parent_idx', '350296 4'],
  ['articles_rels', 'articles_rels_path_idx', '350296 175148'],
  ['articles_rels', 'articles_rels_tags_id_idx', '350296 25022'],
  ['articles_rels', 'articles_rels_coins_id_idx', '350296 10616'],
  ['articles_rels', 'articles_rels_tags_parent_idx', '350296 25022 2'],
  ['articles_rels', 'articles_rels_coins_parent_idx', '350296 10616 2'],
  ['_articles_v', '_articles_v_parent_idx', '100064 1'],
  ['_articles_v', '_articles_v_version_version_slug_idx', '100064 1'],
  ['_articles_v', '_articles_v_version_version_cover_idx', '100064 7148'],
  ['_articles_v', '_articles_v_version_version_author_idx', '100064 33355'],
  ['_articles_v', '_articles_v_version_version_published_at_idx', '100064 1'],
  ['_articles_v', '_articles_v_version_version_featured_idx', '100064 50032'],
  ['_articles_v', '_articles_v_version_version_updated_at_idx', '100064 1'],
  ['_articles_v', '_articles_v_version_version_created_at_idx', '100064 1'],
  ['_articles_v', '_articles_v_version_version__status_idx', '100064 50032'],
  ['_articles_v', '_articles_v_created_at_idx', '100064 1'],
  ['_articles_v', '_articles_v_updated_at_idx', '100064 1'],
  ['_articles_v', '_articles_v_latest_idx', '100064 100064'],
  ['_articles_v', 'version__status_version_publishedAt_idx', '100064 50032 1'],
  ['_articles_v', '_articles_v_latest_published_at_idx', '100064 100064 1 1 1 1'],
  ['_articles_v', '_articles_v_latest_title_idx', '100064 100064 1 1'],
  ['_articles_v_rels', '_articles_v_rels_order_idx', '350296 87574'],
  ['_articles_v_rels', '_articles_v_rels_parent_idx', '350296 4'],
  ['_articles_v_rels', '_articles_v_rels_path_idx', '350296 175148'],
  ['_articles_v_rels', '_articles_v_rels_tags_id_idx', '350296 25022'],
  ['_articles_v_rels', '_articles_v_rels_coins_id_idx', '350296 10616'],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_articles_v_latest_published_at_idx\` ON \`_articles_v\` (\`latest\`, \`version_published_at\`, \`created_at\`, \`version_title\`, \`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_articles_v_latest_title_idx\` ON \`_articles_v\` (\`latest\`, \`version_title\`, \`created_at\` DESC);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`articles_published_sitemap_idx\` ON \`articles\` (\`_status\`, \`published_at\`, \`id\`, \`slug\`, \`updated_at\`, \`created_at\`);`,
  )
  await pinStatistics(db)
}

async function pinStatistics(db: MigrateUpArgs['db']): Promise<void> {
  // Creates sqlite_stat1 on a database that was never analysed (no table is analysed by this).
  await db.run(sql`ANALYZE sqlite_schema;`)
  await forgetStatistics(db)
  for (const [table, index, stat] of STATISTICS) {
    await db.run(
      sql`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (${table}, ${index}, ${stat});`,
    )
  }
  // Loads the rows above into this connection's planner; new connections read them on opening.
  await db.run(sql`ANALYZE sqlite_schema;`)
}

async function forgetStatistics(db: MigrateUpArgs['db']): Promise<void> {
  for (const table of ARTICLE_TABLES) {
    await db.run(sql`DELETE FROM sqlite_stat1 WHERE tbl = ${table};`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_latest_published_at_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_latest_title_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`articles_published_sitemap_idx\`;`)
  await db.run(sql`ANALYZE sqlite_schema;`)
  await forgetStatistics(db)
  await db.run(sql`ANALYZE sqlite_schema;`)
}
