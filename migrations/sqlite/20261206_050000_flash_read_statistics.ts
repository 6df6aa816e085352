import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: planner statistics for the 快讯 tables, as scale_read_indexes pins them for the
 * article tables, measured by `ANALYZE` on 100,000 generated flashes
 * (`npm run seed:large -- --flashes 100000`). Without them SQLite has no idea that `_locale` takes
 * two or three values, so reading a page of flashes with their texts searched `flashes_locales`
 * in full for every flash (the unique index leads with `_locale`): 1.6 s for 31 flashes at 100k.
 * With them it skip-scans that index per flash, and a timeline page reads in 15–50 ms. Pinned, so
 * every database plans these reads as at scale; refresh them only from a representative database.
 */

const FLASH_TABLES = [
  'flashes',
  'flashes_locales',
  'flashes_rels',
  '_flashes_v',
  '_flashes_v_locales',
  '_flashes_v_rels',
] as const

/** sqlite_stat1 rows: table, index, "rows, then rows per distinct key prefix" (ANALYZE's format). */
const STATISTICS: [table: string, index: string, stat: string][] = [
  ['flashes', '_status_publishedAt_1_idx', '100132 100132 1'],
  ['flashes', 'flashes__status_idx', '100132 100132'],
  ['flashes', 'flashes_created_at_idx', '100132 1'],
  ['flashes', 'flashes_important_idx', '100132 50066'],
  ['flashes', 'flashes_published_at_idx', '100132 1'],
  ['flashes', 'flashes_updated_at_idx', '100132 1'],
  ['flashes', 'important_publishedAt_idx', '100132 50066 1'],
  ['flashes_locales', 'flashes_locales_locale_parent_id_unique', '100157 50079 1'],
  ['flashes_rels', 'flashes_rels_coins_id_idx', '249969 7575'],
  ['flashes_rels', 'flashes_rels_flash_categories_id_idx', '249969 31247'],
  ['flashes_rels', 'flashes_rels_order_idx', '249969 83323'],
  ['flashes_rels', 'flashes_rels_parent_idx', '249969 3'],
  ['flashes_rels', 'flashes_rels_path_idx', '249969 124985'],
  ['_flashes_v', '_flashes_v_created_at_idx', '100157 1'],
  ['_flashes_v', '_flashes_v_latest_idx', '100157 50079'],
  ['_flashes_v', '_flashes_v_parent_idx', '100157 1'],
  ['_flashes_v', '_flashes_v_published_locale_idx', '100157 100157'],
  ['_flashes_v', '_flashes_v_snapshot_idx', '100157 100157'],
  ['_flashes_v', '_flashes_v_updated_at_idx', '100157 1'],
  ['_flashes_v', '_flashes_v_version_version__status_idx', '100157 100157'],
  ['_flashes_v', '_flashes_v_version_version_created_at_idx', '100157 1'],
  ['_flashes_v', '_flashes_v_version_version_important_idx', '100157 50079'],
  ['_flashes_v', '_flashes_v_version_version_published_at_idx', '100157 1'],
  ['_flashes_v', '_flashes_v_version_version_updated_at_idx', '100157 1'],
  ['_flashes_v', 'version__status_version_publishedAt_1_idx', '100157 100157 1'],
  ['_flashes_v', 'version_important_version_publishedAt_idx', '100157 50079 1'],
  ['_flashes_v_locales', '_flashes_v_locales_locale_parent_id_unique', '100182 50091 1'],
  ['_flashes_v_rels', '_flashes_v_rels_coins_id_idx', '250029 7577'],
  ['_flashes_v_rels', '_flashes_v_rels_flash_categories_id_idx', '250029 31254'],
  ['_flashes_v_rels', '_flashes_v_rels_order_idx', '250029 83343'],
  ['_flashes_v_rels', '_flashes_v_rels_parent_idx', '250029 3'],
  ['_flashes_v_rels', '_flashes_v_rels_path_idx', '250029 125015'],
]

async function forgetStatistics(db: MigrateUpArgs['db']): Promise<void> {
  for (const table of FLASH_TABLES)
    await db.run(sql`DELETE FROM sqlite_stat1 WHERE tbl = ${table};`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Creates sqlite_stat1 on a database that was never analysed (no table is analysed by this).
  await db.run(sql`ANALYZE sqlite_schema;`)
  await forgetStatistics(db)
  for (const [table, index, stat] of STATISTICS) {
    await db.run(
      sql`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (${table}, ${index}, ${stat});`,
    )
  }
  // Loads the rows into this connection's planner; new connections read them on opening.
  await db.run(sql`ANALYZE sqlite_schema;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await forgetStatistics(db)
  await db.run(sql`ANALYZE sqlite_schema;`)
}
