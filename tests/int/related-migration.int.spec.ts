/**
 * The related_articles migration rebuilds the articles' relation tables (and their versions') with
 * the picks' column: on a database without it (the migration undone, as it was before), the tags
 * and coins of every article and version, the hand-made read indexes and the pinned planner
 * statistics survive; afterwards a pick can be saved and the picked article deleted (the foreign
 * key cascades). SQLite only: MongoDB needs no migration for a new optional field.
 */
import type { Payload } from 'payload'

import { makeArticle, makeCoin, makeTag } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { runSqliteMigrationStep, sqliteRows } from '@/lib/db/sqliteMigrationSteps'
import { migrations } from '@/migrations/sqlite'

const MIGRATION = '20261207_043333_related_articles'
const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe
// Migrations after this one are undone first and redone last, in order, as a rollback would.
const LATER = migrations
  .slice(migrations.findIndex((migration) => migration.name === MIGRATION) + 1)
  .map((migration) => migration.name)

let context: TTestPayload
let payload: Payload

const RELATIONS = `SELECT parent_id, path, tags_id, coins_id, "order" FROM articles_rels ORDER BY id`
const VERSION_RELATIONS = `SELECT parent_id, path, tags_id, coins_id FROM _articles_v_rels ORDER BY id`
const columnsOf = async (table: string) =>
  (await sqliteRows(payload, `PRAGMA table_info(${table})`)).map((row) => row.name)
const indexesOf = async (table: string) =>
  (await sqliteRows(payload, `PRAGMA index_list(${table})`)).map((row) => String(row.name)).sort()
const statisticsOf = async (table: string) =>
  (await sqliteRows(payload, `SELECT idx, stat FROM sqlite_stat1 WHERE tbl = '${table}'`))
    .map((row) => `${row.idx} ${row.stat}`)
    .sort()

describeOnSqlite('the related_articles migration', () => {
  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
  })
  afterAll(async () => context?.cleanup())

  test('undone and redone, it keeps tags, coins, read indexes and statistics; picks work after', async () => {
    const [tagA, tagB, coin] = [
      await makeTag(payload),
      await makeTag(payload),
      await makeCoin(payload),
    ]
    const article = await makeArticle(payload, { tags: [tagB.id, tagA.id], coins: [coin.id] })
    // A second version, so versions' relations are checked too.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { tags: [tagA.id] },
      overrideAccess: true,
    })
    for (const name of [...LATER].reverse()) await runSqliteMigrationStep(payload, name, 'down')
    const relations = await sqliteRows(payload, RELATIONS)
    const versionRelations = await sqliteRows(payload, VERSION_RELATIONS)
    expect(relations).toHaveLength(2)
    expect(versionRelations.length).toBeGreaterThanOrEqual(4)
    const indexes = await indexesOf('articles_rels')
    const statistics = await statisticsOf('articles_rels')
    expect(indexes).toContain('articles_rels_tags_parent_idx')
    expect(statistics).toContain('articles_rels_tags_parent_idx 350296 25022 2')

    await runSqliteMigrationStep(payload, MIGRATION, 'down')
    expect(await columnsOf('articles_rels')).not.toContain('articles_id')
    expect(await columnsOf('_articles_v_rels')).not.toContain('articles_id')
    expect(await sqliteRows(payload, RELATIONS)).toEqual(relations)
    expect(await sqliteRows(payload, VERSION_RELATIONS)).toEqual(versionRelations)
    const without = (list: string[]) => list.filter((name) => !name.includes('articles_id'))
    expect(await indexesOf('articles_rels')).toEqual(without(indexes))
    expect(await statisticsOf('articles_rels')).toEqual(without(statistics))

    await runSqliteMigrationStep(payload, MIGRATION, 'up')
    expect(await columnsOf('articles_rels')).toContain('articles_id')
    expect(await columnsOf('_articles_v_rels')).toContain('articles_id')
    expect(await sqliteRows(payload, RELATIONS)).toEqual(relations)
    expect(await sqliteRows(payload, VERSION_RELATIONS)).toEqual(versionRelations)
    expect(await indexesOf('articles_rels')).toEqual(indexes)
    expect(await indexesOf('_articles_v_rels')).toContain('_articles_v_rels_articles_id_idx')
    expect(await statisticsOf('articles_rels')).toEqual(statistics)
    expect(await statisticsOf('_articles_v_rels')).toContain(
      '_articles_v_rels_articles_id_idx 350296 350296',
    )

    for (const name of LATER) await runSqliteMigrationStep(payload, name, 'up')
    // The article keeps its tags and coin through Payload, and a pick can be saved and deleted.
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(read.tags).toEqual([tagA.id])
    expect(read.coins).toEqual([coin.id])
    const picked = await makeArticle(payload)
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { related: [picked.id] },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'articles', id: picked.id, overrideAccess: true })
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(after.related ?? []).toEqual([])
  })
})
