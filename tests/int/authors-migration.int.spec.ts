/**
 * The article_authors migration keeps every article's author. Undone (with the migrations after
 * it, as a rollback would), each article and version has its first author in the old `author_id`
 * column; redone, that author is its only `authors` entry again, as it was for every article
 * when the migration first ran. Rebuilding the article tables loses nothing hanging off them
 * (titles, tags, versions and their parents), nor their hand-made indexes and pinned statistics;
 * afterwards an author's account can be deleted. SQLite only: the MongoDB migration of the same
 * name is checked in tests/unit/mongo-authors-migration.test.ts. (The migrations before it cannot
 * run without Payload, search_index needs it, so the old database is made by undoing.)
 */
import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { makeArticle, makeTag } from '@/tests/helpers/fixtures'
import { runSqliteMigrationStep, sqliteRows } from '@/lib/db/sqliteMigrationSteps'
import { findAuthorArticles } from '@/lib/queries/findAuthorArticles'
import { migrations } from '@/migrations/sqlite'

const MIGRATION = '20261207_123141_article_authors'
const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe
// Migrations after this one are undone first and redone last, in order, as a rollback would.
const LATER = migrations
  .slice(migrations.findIndex((migration) => migration.name === MIGRATION) + 1)
  .map((migration) => migration.name)

const AUTHOR_ROWS = `SELECT parent_id, path, users_id, "order" FROM articles_rels WHERE users_id IS NOT NULL ORDER BY parent_id`
const VERSION_AUTHOR_ROWS = `SELECT parent_id, path, users_id, "order" FROM _articles_v_rels WHERE users_id IS NOT NULL ORDER BY parent_id`
const indexesOf = async (payload: Payload, table: string) =>
  (await sqliteRows(payload, `PRAGMA index_list(${table})`)).map((row) => String(row.name)).sort()
const columnsOf = async (payload: Payload, table: string) =>
  (await sqliteRows(payload, `PRAGMA table_info(${table})`)).map((row) => String(row.name))

let context: TTestPayload
let payload: Payload
/** Accounts 甲 and 乙, a tag, and the articles: 甲's (two versions), a wire story, 乙 and 甲's. */
const ids = { first: 0, second: 0, tag: 0, article: 0, olderVersion: 0, wire: 0, coAuthored: 0 }

const account = (displayName: string, role: 'editor' | 'admin') =>
  payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Date.now()}@test.local`,
      password: 'password-123-x',
      displayName,
      roles: [role],
    },
    overrideAccess: true,
  })

describeOnSqlite('the article_authors migration', () => {
  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
    ids.first = Number((await account('甲', 'editor')).id)
    ids.second = Number((await account('乙', 'admin')).id)
    ids.tag = Number((await makeTag(payload)).id)
    const save = async (authors: number[], id?: number) =>
      id === undefined
        ? Number((await makeArticle(payload, { authors, tags: [ids.tag] })).id)
        : Number(
            (
              await payload.update({
                collection: 'articles',
                id,
                data: { authors },
                overrideAccess: true,
              })
            ).id,
          )
    // Two versions: an older one by 乙, the latest by 甲.
    ids.wire = await save([])
    ids.article = await save([ids.second])
    await save([ids.first], ids.article)
    ids.coAuthored = await save([ids.second, ids.first])
    ids.olderVersion = Number(
      (
        await payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: ids.article } },
          sort: 'createdAt',
          limit: 1,
          overrideAccess: true,
        })
      ).docs[0]!.id,
    )

    for (const name of [...LATER].reverse()) await runSqliteMigrationStep(payload, name, 'down')
    await runSqliteMigrationStep(payload, MIGRATION, 'down')
  })
  afterAll(async () => context?.cleanup())

  test('undone: each article and version has its first author in the old column', async () => {
    const { article } = ids
    const authorOf = async (table: string, column: string, id: number) =>
      (await sqliteRows(payload, `SELECT ${column} AS author FROM ${table} WHERE id = ${id}`))[0]
        ?.author
    expect(await authorOf('articles', 'author_id', article)).toBe(ids.first)
    expect(await authorOf('articles', 'author_id', ids.coAuthored)).toBe(ids.second)
    expect(await authorOf('articles', 'author_id', ids.wire)).toBeNull()
    expect(await authorOf('_articles_v', 'version_author_id', ids.olderVersion)).toBe(ids.second)
    expect(await columnsOf(payload, 'articles_rels')).not.toContain('users_id')
    expect(await columnsOf(payload, '_articles_v_rels')).not.toContain('users_id')
  })

  test('redone: that author is the only one, and nothing else was lost', async () => {
    await runSqliteMigrationStep(payload, MIGRATION, 'up')
    for (const name of LATER) await runSqliteMigrationStep(payload, name, 'up')
    const { article } = ids
    // One relation row each, order 1, under the paths Payload reads.
    expect(await sqliteRows(payload, AUTHOR_ROWS)).toEqual([
      { parent_id: article, path: 'authors', users_id: ids.first, order: 1 },
      { parent_id: ids.coAuthored, path: 'authors', users_id: ids.second, order: 1 },
    ])
    const versionRows = await sqliteRows(payload, VERSION_AUTHOR_ROWS)
    expect(versionRows.every((row) => row.path === 'version.authors' && row.order === 1)).toBe(true)
    const read = (id: number) => payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(await read(article)).toMatchObject({ authors: [ids.first], tags: [ids.tag] })
    expect((await read(article)).title).toBeTruthy()
    expect((await read(ids.coAuthored)).authors).toEqual([ids.second])
    expect((await read(ids.wire)).authors).toEqual([])
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.docs.map((doc) => doc.version.authors)).toEqual([[ids.second], [ids.first]])
    expect(versions.docs.every((doc) => doc.version.title)).toBe(true)
    const page = await findAuthorArticles({ payload, locale: 'zh-CN', authorId: String(ids.first) })
    expect(page.items.map((item) => Number(item.id))).toEqual([article])
  })

  test('the old columns are gone; hand-made indexes and statistics stay', async () => {
    expect(await columnsOf(payload, 'articles')).not.toContain('author_id')
    expect(await columnsOf(payload, '_articles_v')).not.toContain('version_author_id')
    expect(await indexesOf(payload, 'articles')).toEqual(
      expect.arrayContaining(['articles_published_sitemap_idx', '_status_publishedAt_idx']),
    )
    expect(await indexesOf(payload, 'articles')).not.toContain('articles_author_idx')
    expect(await indexesOf(payload, 'articles_rels')).toEqual(
      expect.arrayContaining([
        'articles_rels_tags_parent_idx',
        'articles_rels_users_id_idx',
        'articles_rels_users_parent_idx',
      ]),
    )
    const [adminList] = await sqliteRows(
      payload,
      `SELECT sql FROM sqlite_schema WHERE name = '_articles_v_latest_updated_at_idx'`,
    )
    expect(String(adminList?.sql)).not.toContain('author')
    const statistics = await sqliteRows(
      payload,
      `SELECT idx, stat FROM sqlite_stat1 WHERE tbl IN ('articles', '_articles_v', 'articles_rels')`,
    )
    expect(statistics).toEqual(
      expect.arrayContaining([
        { idx: 'articles_published_sitemap_idx', stat: '100064 50032 1 1 1 1 1' },
        { idx: '_articles_v_latest_updated_at_idx', stat: '100064 100064 1 1 1 1' },
        { idx: 'articles_rels_tags_parent_idx', stat: '350296 25022 2' },
        { idx: 'articles_rels_users_parent_idx', stat: '350296 33355 1' },
      ]),
    )
  })

  test('an author account can be deleted: its author rows go with it', async () => {
    await payload.delete({ collection: 'users', id: ids.second, overrideAccess: true })
    const article = await payload.findByID({ collection: 'articles', id: ids.coAuthored, depth: 0 })
    expect(article.authors).toEqual([])
  })
})
