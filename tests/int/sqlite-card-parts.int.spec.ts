/**
 * Cards, tabs and feed pages read with plain SQL on SQLite (lib/db/sqliteReads.ts) must equal
 * what the portable reads through Payload's adapter give, which is what MongoDB deployments run,
 * in every edition: some articles, tags and coins carry zh-TW overrides, English versions and
 * Chinese names, others not.
 */
import type { Payload } from 'payload'

import { makeArticle, makeCoin, makeMedia, makeTag } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { findCards } from '@/lib/queries/findCards'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { findFeedPage } from '@/lib/queries/findFeed'
import { findTabs } from '@/lib/queries/findTags'
import { sqliteCardReads } from '@/lib/db/sqliteReads'
import { LOCALES } from '@/lib/i18n/locales'
import { findFeedPageByNumber } from '@/lib/queries/findFeed'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

// On MongoDB both reads are the portable ones: they still compare, but there is no SQL to use.
const sqliteTest = (process.env.DATABASE_URI ?? '').startsWith('mongodb') ? test.skip : test

let context: TTestPayload
let payload: Payload
const at = (minutes: number) => new Date(Date.parse('2026-11-01T00:00:00Z') + minutes * 60_000)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  const tags = [await makeTag(payload), await makeTag(payload), await makeTag(payload)]
  await payload.update({
    collection: 'tags',
    id: tags[2]!.id,
    data: { order: 0 },
    overrideAccess: true,
  })
  const coins = [await makeCoin(payload), await makeCoin(payload)]
  // One cover large enough for the card size, one smaller than every size (no card size made).
  const covers = [await makeMedia(payload, { width: 1280, height: 720 }), await makeMedia(payload)]
  const shapes = [
    { tags: [tags[1]!.id, tags[0]!.id], coins: [coins[1]!.id, coins[0]!.id], cover: covers[0]!.id },
    { tags: [tags[2]!.id], coins: [coins[0]!.id], cover: covers[1]!.id },
    { tags: [], coins: [], cover: null },
    { tags: [tags[0]!.id, tags[2]!.id, tags[1]!.id], coins: [], cover: covers[0]!.id },
    { tags: [tags[0]!.id], coins: [coins[1]!.id], cover: null },
    { tags: [tags[0]!.id, tags[1]!.id], coins: [], cover: null },
  ]
  for (const [index, shape] of shapes.entries()) {
    const article = await makeArticle(payload, {
      title: `形状 ${index}`,
      // Shapes 4 and 5 share a publish time: the id decides their order, also at a page edge.
      publishedAt: at(Math.min(index, 4)).toISOString(),
      tags: shape.tags,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { coins: shape.coins, cover: shape.cover },
      overrideAccess: true,
    })
  }
  await makeArticle(payload, { status: 'draft', title: '草稿', tags: [tags[0]!.id] })
  await addTranslations(tags, coins)
})

/**
 * Translations on some of the shapes: English versions of shapes 0, 3 and 5 (so the English feed
 * has gaps and a page edge), a zh-TW title on shape 1 and summary on shape 3; an English name on
 * one tag, a zh-TW name on another; a Chinese name on one coin.
 */
async function addTranslations(tags: { id: number }[], coins: { id: number }[]) {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { title: { like: '形状' } },
    sort: 'publishedAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  const update = (index: number, locale: 'en' | 'zh-TW', data: Record<string, unknown>) =>
    payload.update({
      collection: 'articles',
      id: docs[index]!.id,
      locale,
      data,
      overrideAccess: true,
    })
  for (const index of [0, 3, 5])
    await update(index, 'en', {
      title: `Shape ${index}`,
      summary: `Summary ${index}`,
      body: lexicalFromBlocks([{ type: 'p', text: `Body ${index}` }]),
    })
  await update(1, 'zh-TW', { title: '形狀一(編輯)' })
  await update(3, 'zh-TW', { summary: '編輯的摘要' })
  const tag = (index: number, locale: 'en' | 'zh-TW', name: string) =>
    payload.update({
      collection: 'tags',
      id: tags[index]!.id,
      locale,
      data: { name },
      overrideAccess: true,
    })
  await tag(0, 'en', 'Tag zero')
  await tag(1, 'zh-TW', '標籤一')
  await payload.update({
    collection: 'coins',
    id: coins[0]!.id,
    data: { nameZh: '网络币' },
    overrideAccess: true,
  })
}
afterAll(async () => context?.cleanup())

sqliteTest('the SQL look-ups are what this SQLite test database uses', async () => {
  expect(await sqliteCardReads(payload)).not.toBeNull()
})

test('cards read with SQL equal the portable reads: tags and coins in order, covers, none', async () => {
  const query = {
    payload,
    locale: 'zh-CN' as const,
    where: { publishedAt: { exists: true } },
    sort: ['-publishedAt', '-id'],
    limit: 10,
    pagination: false,
  }
  const viaSql = (await findCards(query)).cards
  const portable = (await findCards({ ...query, portable: true })).cards
  expect(viaSql).toHaveLength(6)
  expect(viaSql).toEqual(portable)
  // Newest first: shapes 5, 4, 3, 2, 1, 0.
  const [, , shape3, shape2, shape1, shape0] = viaSql
  expect(shape0?.tags).toHaveLength(2)
  expect(shape0?.coins).toHaveLength(2)
  expect(shape0?.cover?.url).toMatch(/-640x360\.png$/)
  expect(shape1?.cover?.url).toMatch(/^\/api\/media\/file\/test-[^/]+\.png$/)
  expect(shape2).toMatchObject({ tags: [], coins: [], cover: null })
  expect(shape3?.tags).toHaveLength(3)
})

describe.each(LOCALES)('in the %s edition', (locale) => {
  test('cards, tabs and numbered pages are the same either way', async () => {
    const query = {
      payload,
      locale,
      where: { publishedAt: { exists: true } },
      sort: ['-publishedAt', '-id'],
      limit: 10,
      pagination: false,
    }
    const viaSql = (await findCards(query)).cards
    expect(viaSql).toEqual((await findCards({ ...query, portable: true })).cards)
    expect(viaSql).toHaveLength(locale === 'en' ? 3 : 6)
    const tabs = await findTabs(payload, { locale })
    expect(tabs).toEqual(await findTabs(payload, { locale, portable: true }))
    for (const tagId of [undefined, ...tabs.map((tab) => tab.id)]) {
      const sql = await findFeedPageByNumber({ payload, locale, tagId, page: 1 })
      const portable = await findFeedPageByNumber({
        payload,
        locale,
        tagId,
        page: 1,
        portable: true,
      })
      expect(sql).toEqual(portable)
    }
  })

  test('feed pages are the same either way, paged by cursor to the end', async () => {
    const tabs = await findTabs(payload, { locale })
    for (const tagId of [undefined, ...tabs.map((tab) => tab.id)]) {
      const pages = { sql: [] as unknown[], portable: [] as unknown[] }
      for (const portable of [false, true]) {
        let cursor: string | null | undefined
        do {
          const page = await findFeedPage({
            payload,
            locale,
            tagId,
            limit: 2,
            portable,
            cursor: cursor ? ZCursorSchema.parse(cursor) : undefined,
          })
          pages[portable ? 'portable' : 'sql'].push(page)
          cursor = page.nextCursor
        } while (cursor && pages[portable ? 'portable' : 'sql'].length <= 6)
      }
      expect(pages.sql).toEqual(pages.portable)
    }
  })
})

test('the editions differ where translations were written', async () => {
  const cardsIn = async (locale: (typeof LOCALES)[number]) =>
    (
      await findCards({
        payload,
        locale,
        where: { publishedAt: { exists: true } },
        sort: ['publishedAt', 'id'],
        limit: 10,
        pagination: false,
      })
    ).cards
  const [zh, tw, en] = [await cardsIn('zh-CN'), await cardsIn('zh-TW'), await cardsIn('en')]
  expect(en.map((card) => card.title)).toEqual(['Shape 0', 'Shape 3', 'Shape 5'])
  expect(tw[1]?.title).toBe('形狀一(編輯)')
  expect(tw[0]?.title).toBe('形狀 0')
  expect(tw[3]?.summary).toBe('編輯的摘要')
  // The fixture's summary 测试摘要, converted.
  expect([zh[0]?.summary, tw[0]?.summary]).toEqual(['测试摘要', '測試摘要'])
  expect(en[0]?.tags.map((tag) => tag.name)).toContain('Tag zero')
  expect(zh[0]?.coins.map((coin) => coin.nameZh)).toContain('网络币')
  expect(tw[0]?.coins.map((coin) => coin.nameZh)).toContain('網路幣')
  expect(en[0]?.coins.map((coin) => coin.nameZh)).toEqual([null, null])
})

test('tabs are the same either way', async () => {
  const tabs = await findTabs(payload, { locale: 'zh-CN' })
  expect(tabs).toEqual(await findTabs(payload, { locale: 'zh-CN', portable: true }))
  expect(tabs).toHaveLength(3)
})

test('feed pages are the same either way: 全部 and each tag, paged by cursor to the end', async () => {
  const tabs = await findTabs(payload, { locale: 'zh-CN' })
  for (const tagId of [undefined, ...tabs.map((tab) => tab.id)]) {
    const pages = { sql: [] as unknown[], portable: [] as unknown[] }
    for (const portable of [false, true]) {
      let cursor: string | null | undefined
      do {
        const page = await findFeedPage({
          payload,
          locale: 'zh-CN',
          tagId,
          limit: 1,
          portable,
          cursor: cursor ? ZCursorSchema.parse(cursor) : undefined,
        })
        pages[portable ? 'portable' : 'sql'].push(page)
        cursor = page.nextCursor
        // A cursor that fails to move on would page forever: six articles make six pages at most.
      } while (cursor && pages[portable ? 'portable' : 'sql'].length <= 6)
    }
    expect(pages.sql).toEqual(pages.portable)
    expect(pages.sql.length).toBeGreaterThan(1)
  }
})

test('when a visitor may not read every image, the look-ups go through Payload’s rules', async () => {
  const media = payload.collections.media.config.access
  const rule = media.read
  media.read = () => ({ alt: { not_equals: 'hidden' } })
  try {
    expect(await sqliteCardReads(payload)).toBeNull()
  } finally {
    media.read = rule
  }
})

sqliteTest('an articles rule that only looks like PUBLISHED_ONLY turns the SQL off', async () => {
  const articles = payload.collections.articles.config.access
  const rule = articles.read
  articles.read = () => ({ _status: { equals: 'published' } })
  try {
    expect(await sqliteCardReads(payload)).toBeNull()
  } finally {
    articles.read = rule
  }
  expect(await sqliteCardReads(payload)).not.toBeNull()
})

test('a cover a visitor may not read is left out by both reads', async () => {
  const cover = await makeMedia(payload)
  const article = await makeArticle(payload, {
    title: '隐藏封面',
    publishedAt: at(-60).toISOString(),
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { cover: cover.id },
    overrideAccess: true,
  })
  // An image withdrawn after it was public (through the API): the card shows none.
  await payload.update({
    collection: 'media',
    id: cover.id,
    data: { visibleToVisitors: false },
    overrideAccess: true,
  })
  const query = {
    payload,
    locale: 'zh-CN' as const,
    where: { id: { equals: article.id } },
    limit: 1,
    pagination: false,
  }
  const viaSql = (await findCards(query)).cards
  expect(viaSql).toEqual((await findCards({ ...query, portable: true })).cards)
  expect(viaSql[0]?.cover).toBeNull()
})
