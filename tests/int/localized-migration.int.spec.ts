/**
 * The localized_content migration keeps what was stored: a database created before it, with
 * articles, versions and tags in the old shape (texts in the documents' own columns), is migrated
 * when Payload starts on it, and every text reads back as its zh-CN value. down() puts the zh-CN
 * texts back into the old columns and up() moves them again. SQLite only: the MongoDB migration
 * of the same name cannot run here (no server); it is written to be idempotent.
 */
import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { runSqliteMigrationStep, sqliteFileBefore, sqliteRows } from '@/lib/db/sqliteMigrationSteps'
import { findArticleBySlug } from '@/lib/queries/findArticles'
import { findFeedPage } from '@/lib/queries/findFeed'
import { findTabs } from '@/lib/queries/findTags'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

const MIGRATION = '20261206_000641_localized_content'
const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe

const BODY = lexicalFromBlocks([{ type: 'p', text: '迁移前写下的正文' }])
const OLD_ROWS = [
  {
    sql: `INSERT INTO tags (id, name, slug, "order", description) VALUES (1, '旧标签', 'old-tag', 10, '旧简介')`,
  },
  {
    sql: `INSERT INTO articles (id, title, slug, summary, body, published_at, featured, _status,
        created_at, updated_at)
      VALUES (1, '迁移前的标题', 'before-migration', '迁移前的摘要', ?, '2026-11-01T00:00:00.000Z', 0,
        'published', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`,
    args: [JSON.stringify(BODY)],
  },
  { sql: `INSERT INTO articles_rels ("order", parent_id, path, tags_id) VALUES (1, 1, 'tags', 1)` },
  {
    sql: `INSERT INTO _articles_v (id, parent_id, version_title, version_slug, version_summary,
        version_body, version_published_at, version__status, latest, version_created_at,
        version_updated_at)
      VALUES (1, 1, '迁移前的标题', 'before-migration', '迁移前的摘要', ?, '2026-11-01T00:00:00.000Z',
        'published', 1, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`,
    args: [JSON.stringify(BODY)],
  },
  {
    // An older version, so versions of every age are checked.
    sql: `INSERT INTO _articles_v (id, parent_id, version_title, version_slug, version_summary,
        version_body, version__status, latest)
      VALUES (2, 1, '更早的草稿标题', 'before-migration', '草稿摘要', ?, 'draft', 0)`,
    args: [JSON.stringify(BODY)],
  },
]

let context: TTestPayload
let payload: Payload

describeOnSqlite('the localized_content migration', () => {
  beforeAll(async () => {
    context = await startTestPayload({
      prepareSqlite: (uri) => sqliteFileBefore(uri, MIGRATION, OLD_ROWS),
    })
    payload = context.payload
  })
  afterAll(async () => context?.cleanup())

  test('Payload migrated the old database on start', async () => {
    const ran = await payload.find({
      collection: 'payload-migrations',
      where: { name: { equals: MIGRATION } },
      overrideAccess: true,
    })
    expect(ran.totalDocs).toBe(1)
  })

  test('article texts survive as their zh-CN values', async () => {
    const article = await payload.findByID({ collection: 'articles', id: 1, depth: 0 })
    expect(article).toMatchObject({
      title: '迁移前的标题',
      summary: '迁移前的摘要',
      slug: 'before-migration',
    })
    expect(article.body).toEqual(BODY)
    const all = await payload.findByID({ collection: 'articles', id: 1, depth: 0, locale: 'all' })
    expect(all.title).toEqual({ 'zh-CN': '迁移前的标题' })
  })

  test('every version keeps its texts', async () => {
    const { docs } = await payload.findVersions({
      collection: 'articles',
      sort: 'id',
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((doc) => [doc.version.title, doc.version.summary])).toEqual([
      ['迁移前的标题', '迁移前的摘要'],
      ['更早的草稿标题', '草稿摘要'],
    ])
  })

  test('tag names and descriptions survive; the portal reads the migrated data', async () => {
    const tag = await payload.findByID({ collection: 'tags', id: 1, depth: 0 })
    expect(tag).toMatchObject({ name: '旧标签', description: '旧简介' })
    expect(await findTabs(payload, { locale: 'zh-CN' })).toEqual([
      { id: '1', name: '旧标签', slug: 'old-tag' },
    ])
    const page = await findFeedPage({ payload, locale: 'zh-CN' })
    expect(page.items.map((item) => [item.title, item.tags])).toEqual([
      ['迁移前的标题', [{ name: '旧标签', slug: 'old-tag' }]],
    ])
    // Nothing was written in English before: the English edition is empty, zh-TW converts.
    expect(await findArticleBySlug({ payload, locale: 'en', slug: 'before-migration' })).toBeNull()
    const tw = await findArticleBySlug({ payload, locale: 'zh-TW', slug: 'before-migration' })
    expect(tw?.title).toBe('遷移前的標題')
  })

  test('down() restores the zh-CN texts into the old columns; up() moves them back', async () => {
    await payload.update({
      collection: 'articles',
      id: 1,
      locale: 'en',
      data: {
        title: 'Written in English',
        summary: 'English summary',
        body: lexicalFromBlocks([{ type: 'p', text: 'English' }]),
      },
      overrideAccess: true,
    })
    await runSqliteMigrationStep(payload, MIGRATION, 'down')
    expect(await sqliteRows(payload, 'SELECT title, summary, body FROM articles')).toEqual([
      { title: '迁移前的标题', summary: '迁移前的摘要', body: JSON.stringify(BODY) },
    ])
    // The latest version is the English save's: its zh-CN texts are the article's.
    const versions = await sqliteRows(payload, 'SELECT version_title FROM _articles_v ORDER BY id')
    expect(versions.map((row) => row.version_title)).toEqual([
      '迁移前的标题',
      '更早的草稿标题',
      '迁移前的标题',
    ])
    expect(await sqliteRows(payload, 'SELECT name, description FROM tags')).toEqual([
      { name: '旧标签', description: '旧简介' },
    ])
    await runSqliteMigrationStep(payload, MIGRATION, 'up')
    // Read as rows: up() recreates the locale tables as they were on its day, without the columns
    // later migrations added to them (the SEO fields), which Payload's reads would ask for.
    const texts = await sqliteRows(
      payload,
      'SELECT _locale, title, summary, body FROM articles_locales WHERE _parent_id = 1',
    )
    // The English text had no column to go to when the migration was undone.
    expect(texts).toEqual([
      {
        _locale: 'zh-CN',
        title: '迁移前的标题',
        summary: '迁移前的摘要',
        body: JSON.stringify(BODY),
      },
    ])
    expect(await sqliteRows(payload, 'SELECT _locale, name FROM tags_locales')).toEqual([
      { _locale: 'zh-CN', name: '旧标签' },
    ])
  })
})
