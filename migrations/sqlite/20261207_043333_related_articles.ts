import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * 相关文章 (collections/Articles/relatedArticles.ts): the picks are rows of the articles' relation
 * tables with a column of their own. Existing articles have none, so no data is carried over.
 *
 * Written by hand after `migrate:create`, whose `ALTER TABLE … ADD … REFERENCES` gives the column no
 * `ON DELETE CASCADE`: deleting a picked article then failed on the foreign key (its picker's rows
 * and versions still named it). So both relation tables are rebuilt with the column as Payload
 * declares it, keeping their rows, the hand-made read indexes (20261126_134900) and the pinned
 * planner statistics (20261126_164800), which dropping a table deletes. down() rebuilds them
 * without the column, dropping the picks.
 */

type TDb = MigrateUpArgs['db']

const RELATION_TABLES = [
  { table: 'articles_rels', parent: 'articles' },
  { table: '_articles_v_rels', parent: '_articles_v' },
] as const

/** The statistic of the picks' index: nearly every row is a tag or a coin, its key mostly NULL. */
const PICKS_INDEX_STAT = '350296 350296'

const SHARED_COLUMNS = '"id", "order", "parent_id", "path", "tags_id", "coins_id"'

const foreignKey = (column: string, target: string) =>
  `FOREIGN KEY (\`${column}\`) REFERENCES \`${target}\`(\`id\`) ON UPDATE no action ON DELETE cascade`

async function rebuild(db: TDb, withPicks: boolean): Promise<void> {
  // Creates sqlite_stat1 on a database that was never analysed.
  await db.run(sql`ANALYZE sqlite_schema;`)
  for (const { table, parent } of RELATION_TABLES) {
    const { rows } = (await db.run(
      sql`SELECT idx, stat FROM sqlite_stat1 WHERE tbl = ${table};`,
    )) as unknown as { rows: { idx: string; stat: string }[] }
    const picksIndex = `${table}_articles_id_idx`
    const statistics = [
      ...rows.filter((row) => row.idx !== picksIndex),
      ...(withPicks && rows.length ? [{ idx: picksIndex, stat: PICKS_INDEX_STAT }] : []),
    ]
    const fresh = `__new_${table}`
    const columns = [
      '`id` integer PRIMARY KEY NOT NULL',
      '`order` integer',
      '`parent_id` integer NOT NULL',
      '`path` text NOT NULL',
      '`tags_id` integer',
      '`coins_id` integer',
      ...(withPicks ? ['`articles_id` integer'] : []),
      foreignKey('parent_id', parent),
      foreignKey('tags_id', 'tags'),
      foreignKey('coins_id', 'coins'),
      ...(withPicks ? [foreignKey('articles_id', 'articles')] : []),
    ]
    await db.run(sql.raw(`CREATE TABLE \`${fresh}\` (\n  ${columns.join(',\n  ')}\n);`))
    await db.run(
      sql.raw(
        `INSERT INTO \`${fresh}\` (${SHARED_COLUMNS}) SELECT ${SHARED_COLUMNS} FROM \`${table}\`;`,
      ),
    )
    await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`${fresh}\` RENAME TO \`${table}\`;`))
    const indexes: [name: string, columns: string][] = [
      ['order', '`order`'],
      ['parent', '`parent_id`'],
      ['path', '`path`'],
      ['tags_id', '`tags_id`'],
      ['coins_id', '`coins_id`'],
      ...(withPicks ? ([['articles_id', '`articles_id`']] as [string, string][]) : []),
      // 20261126_134900_relation_read_indexes: tag and coin feeds go from the row to its article.
      ...(table === 'articles_rels'
        ? ([
            ['tags_parent', '`tags_id`, `parent_id`'],
            ['coins_parent', '`coins_id`, `parent_id`'],
          ] as [string, string][])
        : []),
    ]
    for (const [name, indexed] of indexes)
      await db.run(sql.raw(`CREATE INDEX \`${table}_${name}_idx\` ON \`${table}\` (${indexed});`))
    for (const { idx, stat } of statistics)
      await db.run(
        sql`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (${table}, ${idx}, ${stat});`,
      )
  }
  // Loads the statistics into this connection's planner, as 20261126_164800 does.
  await db.run(sql`ANALYZE sqlite_schema;`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuild(db, true)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuild(db, false)
}
