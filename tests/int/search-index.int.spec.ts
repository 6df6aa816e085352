/**
 * The search index follows the content (publish, edit, draft over published, unpublish, delete),
 * finds Chinese by any two characters, needs every word, folds case and full width, ranks title
 * matches first and newer first, pages by cursor, and the FTS5 path answers exactly what the
 * portable substring path answers.
 */
import type { Payload } from 'payload'

import { sqliteAdapterOf } from '@/lib/db/kind'
import type { TSearchKind, TSearchLanguage } from '@/lib/search/entries'
import { pageOfHits, type TSearchCursor } from '@/lib/search/indexHits'
import { portablePhaseReader } from '@/lib/search/portableSearch'
import { parseSearchQuery } from '@/lib/search/query'
import { rebuildSearchIndex } from '@/lib/search/rebuild'
import { searchIndex } from '@/lib/search/searchIndex'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { makeArticle, makeFlash } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'

let context: TTestPayload
let payload: Payload

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
})
afterAll(async () => context?.cleanup())

function parsed(text: string) {
  const result = parseSearchQuery(text)
  if (!result.ok) throw new Error(`not a query: ${text} (${result.problem})`)
  return result.query
}

const options = (
  text: string,
  kind: TSearchKind = 'article',
  cursor: TSearchCursor | null = null,
  limit = 20,
  language: TSearchLanguage = 'zh',
) => ({ query: parsed(text), kind, language, cursor, limit })

async function titles(text: string, kind: TSearchKind = 'article') {
  const page = await searchIndex(payload, options(text, kind))
  return page.hits.map((hit) => hit.title)
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

async function article(title: string, body: string, publishedAt = minutesAgo(10)) {
  return payload.create({
    collection: 'articles',
    data: {
      title,
      summary: '摘要',
      body: lexicalFromBlocks([{ type: 'p', text: body }]),
      publishedAt,
      _status: 'published',
    },
    overrideAccess: true,
  })
}

test('two Chinese characters find every article containing them, in the title or the body', async () => {
  await article('以太坊再质押收益回落', '流动性代币的需求减弱。', minutesAgo(30))
  await article('稳定币发行量创新高', '链上数据显示质押率上升。', minutesAgo(20))
  await article('无关的新闻', '这里什么都没有。', minutesAgo(10))
  expect(await titles('质押')).toEqual(['以太坊再质押收益回落', '稳定币发行量创新高'])
  expect(await titles('稳定')).toEqual(['稳定币发行量创新高'])
  expect(await titles('押')).toEqual(['以太坊再质押收益回落', '稳定币发行量创新高'])
  expect(await titles('以太坊 质押')).toEqual(['以太坊再质押收益回落'])
  expect(await titles('以太坊 稳定')).toEqual([])
})

test('Latin is case-insensitive, full width matches half width, and mixed queries need both', async () => {
  await article('ETH 现货 ETF 获批', 'Ethereum 的机构需求。', minutesAgo(9))
  expect(await titles('eth')).toEqual(['ETH 现货 ETF 获批'])
  expect(await titles('ＥＴＨ')).toEqual(['ETH 现货 ETF 获批'])
  expect(await titles('ETH 现货')).toEqual(['ETH 现货 ETF 获批'])
  expect(await titles('ETH现货')).toEqual(['ETH 现货 ETF 获批'])
  expect(await titles('ETH 质押')).toEqual([])
  expect(await titles('ethereum')).toEqual(['ETH 现货 ETF 获批'])
})

test('title matches rank above body matches; among equals the newer first; pages by cursor', async () => {
  await article('跨链桥审计报告', '正文没有那个词。', minutesAgo(8))
  await article('一周回顾', '跨链桥的流量上升。', minutesAgo(2))
  await article('跨链桥升级完成', '正文。', minutesAgo(5))
  await article('另一篇回顾', '又一个跨链桥。', minutesAgo(7))
  expect(await titles('跨链桥')).toEqual([
    '跨链桥升级完成',
    '跨链桥审计报告',
    '一周回顾',
    '另一篇回顾',
  ])
  const seen: string[] = []
  let cursor: TSearchCursor | null = null
  for (let round = 0; round < 5; round++) {
    const page = await searchIndex(payload, options('跨链桥', 'article', cursor, 1))
    seen.push(...page.hits.map((hit) => hit.title))
    cursor = page.next
    if (!cursor) break
  }
  expect(seen).toEqual(['跨链桥升级完成', '跨链桥审计报告', '一周回顾', '另一篇回顾'])
})

test('drafts never appear; a draft over a published article keeps the published text searchable', async () => {
  await makeArticle(payload, { status: 'draft', title: '草稿里的秘密词汇' })
  expect(await titles('秘密词汇')).toEqual([])
  const live = await article('公开的原标题', '正文。')
  await payload.update({
    collection: 'articles',
    id: live.id,
    draft: true,
    data: { title: '还没发布的新标题' },
    overrideAccess: true,
  })
  expect(await titles('原标题')).toEqual(['公开的原标题'])
  expect(await titles('新标题')).toEqual([])
  await payload.update({
    collection: 'articles',
    id: live.id,
    data: { title: '已发布的新标题', _status: 'published' },
    overrideAccess: true,
  })
  expect(await titles('原标题')).toEqual([])
  expect(await titles('新标题')).toEqual(['已发布的新标题'])
})

test('unpublishing and deleting take an article out of the results', async () => {
  const gone = await article('即将下线的报道', '正文。')
  const deleted = await article('即将删除的报道', '正文。')
  expect(await titles('报道')).toHaveLength(2)
  await payload.update({
    collection: 'articles',
    id: gone.id,
    data: { _status: 'draft' },
    overrideAccess: true,
  })
  expect(await titles('报道')).toEqual(['即将删除的报道'])
  await payload.delete({ collection: 'articles', id: deleted.id, overrideAccess: true })
  expect(await titles('报道')).toEqual([])
})

test('快讯 are indexed apart from articles', async () => {
  await makeFlash(payload, { text: '某交易所宣布上线新的永续合约。' })
  expect(await titles('永续合约')).toEqual([])
  const page = await searchIndex(payload, options('永续合约', 'flash'))
  expect(page.hits.map((hit) => hit.text)).toEqual(['某交易所宣布上线新的永续合约。'])
})

const QUERIES = [
  '质押',
  '押',
  '跨链桥',
  '以太坊 质押',
  'eth',
  '正文',
  '回顾',
  '报道',
  '的',
  'ETH现货',
]

test('the FTS5 path answers exactly what the portable path answers, page by page', async () => {
  const sqlite = sqliteAdapterOf(payload)
  expect(sqlite).not.toBeNull()
  for (const text of QUERIES) {
    for (const limit of [1, 3, 20]) {
      let cursor: TSearchCursor | null = null
      for (let round = 0; round < 30; round++) {
        const fast = await searchIndex(payload, options(text, 'article', cursor, limit))
        const portable = await pageOfHits(
          options(text, 'article', cursor, limit),
          portablePhaseReader(payload),
        )
        expect([text, limit, fast]).toEqual([text, limit, portable])
        cursor = fast.next
        if (!cursor) break
      }
    }
  }
})

test('a rebuild from scratch gives the same answers as the hooks kept', async () => {
  const before = await Promise.all(QUERIES.map((text) => titles(text)))
  const counts = await rebuildSearchIndex(payload)
  expect(counts.article).toBeGreaterThan(5)
  expect(counts.flash).toBe(1)
  expect(await Promise.all(QUERIES.map((text) => titles(text)))).toEqual(before)
})
