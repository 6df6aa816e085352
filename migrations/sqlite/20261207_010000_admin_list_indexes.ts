import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand, for the admin's articles list at 100,000 articles (bench "admin articles
 * list"). The list reads the latest version of each article (drafts on), newest change first
 * (the collection's defaultSort, `-updatedAt`, with Payload's `-createdAt` tie-break); its search
 * tests the zh-CN title (in `_articles_v_locales`) or the slug with LIKE '%…%', which no index can
 * seek. Before these, a search with few matches walked the version_updated_at index and read
 * every version row and its locale row (the body's row) from the table: 4–5 s for one match.
 *
 * - `_articles_v_latest_updated_at_idx`: the list's order, carrying what its filters and search
 *   test (status, author, slug), so the walk stays in the index.
 * - `_articles_v_locales_locale_parent_title_idx`: the title of one version's locale row without
 *   reading the row itself.
 *
 * Planner statistics pinned as in scale_read_indexes (100,064 articles, one locale row each).
 */

type TStatistic = [table: string, index: string, stat: string]

const STATISTICS: TStatistic[] = [
  ['_articles_v', '_articles_v_latest_updated_at_idx', '100064 100064 1 1 1 1 1'],
  ['_articles_v_locales', '_articles_v_locales_locale_parent_title_idx', '100064 100064 1 1'],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_articles_v_latest_updated_at_idx\` ON \`_articles_v\` (\`latest\`, \`version_updated_at\`, \`created_at\`, \`version__status\`, \`version_author_id\`, \`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_articles_v_locales_locale_parent_title_idx\` ON \`_articles_v_locales\` (\`_locale\`, \`_parent_id\`, \`version_title\`);`,
  )
  // Creates sqlite_stat1 on a database that was never analysed (no table is analysed by this).
  await db.run(sql`ANALYZE sqlite_schema;`)
  for (const [table, index, stat] of STATISTICS) {
    await db.run(sql`DELETE FROM sqlite_stat1 WHERE idx = ${index};`)
    await db.run(
      sql`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (${table}, ${index}, ${stat});`,
    )
  }
  // Loads the rows into this connection's planner; new connections read them on opening.
  await db.run(sql`ANALYZE sqlite_schema;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_latest_updated_at_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_articles_v_locales_locale_parent_title_idx\`;`)
  for (const [, index] of STATISTICS)
    await db.run(sql`DELETE FROM sqlite_stat1 WHERE idx = ${index};`)
  await db.run(sql`ANALYZE sqlite_schema;`)
}
