/**
 * The search_index migration indexes what was published before it: a database holding a published
 * article (with an English version), a draft and a published 快讯 is migrated when Payload starts
 * on it, and search finds the published texts, in their languages, and not the draft. SQLite only
 * (the MongoDB migration of the same name runs the same rebuild).
 */
import type { Payload } from 'payload'

import { sqliteFileBefore } from '@/lib/db/sqliteMigrationSteps'
import { parseSearchQuery } from '@/lib/search/query'
import { searchIndex } from '@/lib/search/searchIndex'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'

const MIGRATION = '20261206_072130_search_index'
const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe

const body = (text: string) => JSON.stringify(lexicalFromBlocks([{ type: 'p', text }]))
const AT = '2026-11-01T00:00:00.000Z'

const OLD_ROWS = [
  {
    sql: `INSERT INTO articles (id, slug, published_at, _status) VALUES
      (1, 'before-search', '${AT}', 'published'), (2, 'draft-before-search', '${AT}', 'draft')`,
  },
  {
    sql: `INSERT INTO articles_locales (title, summary, body, _locale, _parent_id) VALUES
      ('迁移前发布的托管报告', '摘要', ?, 'zh-CN', 1),
      ('Custody report published before', 'Summary', ?, 'en', 1),
      ('迁移前的托管草稿', '摘要', ?, 'zh-CN', 2)`,
    args: [body('正文提到冷钱包。'), body('The body mentions cold wallets.'), body('草稿正文。')],
  },
  { sql: `INSERT INTO flashes (id, published_at, _status) VALUES (1, '${AT}', 'published')` },
  {
    sql: `INSERT INTO flashes_locales (text, _locale, _parent_id) VALUES
      ('迁移前的快讯：某托管机构完成审计。', 'zh-CN', 1)`,
  },
]

let context: TTestPayload
let payload: Payload

async function titles(text: string, kind: 'article' | 'flash', language: 'zh' | 'en' = 'zh') {
  const parsed = parseSearchQuery(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  const page = await searchIndex(payload, {
    query: parsed.query,
    kind,
    language,
    cursor: null,
    limit: 20,
  })
  return page.hits.map((hit) => hit.title || hit.text)
}

describeOnSqlite('the search_index migration', () => {
  beforeAll(async () => {
    context = await startTestPayload({
      prepareSqlite: (uri) => sqliteFileBefore(uri, MIGRATION, OLD_ROWS),
    })
    payload = context.payload
  })
  afterAll(async () => context?.cleanup())

  test('published articles and 快讯 stored before it are found; the draft is not', async () => {
    expect(await titles('托管', 'article')).toEqual(['迁移前发布的托管报告'])
    expect(await titles('冷钱包', 'article')).toEqual(['迁移前发布的托管报告'])
    expect(await titles('custody', 'article', 'en')).toEqual(['Custody report published before'])
    expect(await titles('托管', 'flash')).toEqual(['迁移前的快讯：某托管机构完成审计。'])
  })
})
