/** The portal's reads (lib/queries): order, filters, paging boundaries, 更多新闻. */
import type { Payload } from 'payload'

import { makeArticle, makeCoin, makeMedia, makeTag } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { findArticleBySlug, findRelatedArticles } from '@/lib/queries/findArticles'
import { FEED_PAGE_SIZE, findFeedPage, findFeedPageByNumber } from '@/lib/queries/findFeed'
import { findTabs } from '@/lib/queries/findTags'
import { findAsVisitor } from '@/lib/queries/readAsVisitor'
import { CARD_POPULATE, CARD_SELECT } from '@/lib/queries/cards'

let context: TTestPayload
let payload: Payload
let tagA: { id: number; slug: string; name: string }
let tagB: { id: number; slug: string; name: string }
const base = Date.parse('2026-11-01T00:00:00.000Z')
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  tagA = await makeTag(payload)
  tagB = await makeTag(payload)
  // 45 published articles, one a minute; every third in tag A, the rest in tag B. Articles 10 and
  // 11 share a publish time so the id decides their order. Plus drafts that must never appear.
  for (let i = 0; i < 45; i++) {
    await makeArticle(payload, {
      title: `文章 ${i}`,
      publishedAt: at(i === 11 ? 10 : i),
      tags: [i % 3 === 0 ? tagA.id : tagB.id],
    })
  }
  for (let i = 0; i < 3; i++)
    await makeArticle(payload, { status: 'draft', title: `草稿 ${i}`, tags: [tagA.id] })
})
afterAll(async () => context?.cleanup())

const titles = (items: { title: string }[]) => items.map((item) => item.title)
const parseCursor = (cursor: string | null) => ZCursorSchema.parse(cursor)

describe('the feed', () => {
  test('first page: the 20 newest published articles, newest first, no drafts', async () => {
    const page = await findFeedPage({ payload, locale: 'zh-CN' })
    expect(page.items).toHaveLength(FEED_PAGE_SIZE)
    expect(page.items[0]?.title).toBe('文章 44')
    expect(titles(page.items).some((title) => title.startsWith('草稿'))).toBe(false)
    const times = page.items.map((item) => Date.parse(item.publishedAt ?? ''))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  test('paging by cursor visits every published article exactly once and then stops', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await findFeedPage({
        payload,
        locale: 'zh-CN',
        cursor: cursor ? parseCursor(cursor) : undefined,
      })
      seen.push(...titles(page.items))
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 10)
    expect(pages).toBe(3)
    expect(seen).toHaveLength(45)
    expect(new Set(seen).size).toBe(45)
  })

  test('a full last page has no next cursor', async () => {
    const page = await findFeedPage({ payload, locale: 'zh-CN', limit: 45 })
    expect(page.items).toHaveLength(45)
    expect(page.nextCursor).toBeNull()
  })

  test('two articles published in the same second are ordered by id and neither is lost at a page edge', async () => {
    // Cut the feed exactly between the twins (10 and 11, both at minute 10).
    const before = await findFeedPage({ payload, locale: 'zh-CN', limit: 34 })
    expect(titles(before.items).slice(-1)).toEqual(['文章 11'])
    const after = await findFeedPage({
      payload,
      locale: 'zh-CN',
      cursor: parseCursor(before.nextCursor),
      limit: 5,
    })
    expect(titles(after.items)[0]).toBe('文章 10')
  })

  test('a story published meanwhile does not shift the next page', async () => {
    const first = await findFeedPage({ payload, locale: 'zh-CN' })
    const fresh = await makeArticle(payload, { title: '突发', publishedAt: at(100) })
    const second = await findFeedPage({
      payload,
      locale: 'zh-CN',
      cursor: parseCursor(first.nextCursor),
    })
    expect(second.items[0]?.title).toBe('文章 24')
    await payload.delete({ collection: 'articles', id: fresh.id, overrideAccess: true })
  })

  test('a tag feed holds only that tag’s published articles', async () => {
    const page = await findFeedPage({ payload, locale: 'zh-CN', tagId: tagA.id, limit: 100 })
    expect(page.items).toHaveLength(15)
    expect(page.items.every((item) => item.tags.some((tag) => tag.slug === tagA.slug))).toBe(true)
  })

  test('numbered pages: page 3 is the tail, past the end is empty', async () => {
    const third = await findFeedPageByNumber({ payload, locale: 'zh-CN', page: 3 })
    expect(third.totalPages).toBe(3)
    expect(third.items).toHaveLength(5)
    const beyond = await findFeedPageByNumber({ payload, locale: 'zh-CN', page: 99 })
    expect(beyond.items).toHaveLength(0)
  })

  test('cursors: malformed ones are refused', () => {
    for (const bad of ['', 'abc', '-1', 'zzzzzzzzzzzz-1', 'a-b-c', 'x'.repeat(80), '1-<script>']) {
      expect(ZCursorSchema.safeParse(bad).success).toBe(false)
    }
  })
})

describe('articles and 更多新闻', () => {
  test('a published article is found by slug; a draft is not, unless a staff user previews it', async () => {
    const draft = await makeArticle(payload, { status: 'draft', title: '预览 preview' })
    expect(await findArticleBySlug({ payload, locale: 'zh-CN', slug: draft.slug! })).toBeNull()
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'preview-editor@test.local',
        password: 'password-123',
        displayName: '编辑',
        roles: ['editor'],
      },
      overrideAccess: true,
    })
    const preview = await findArticleBySlug({
      payload,
      locale: 'zh-CN',
      slug: draft.slug!,
      draftFor: { ...editor, collection: 'users' } as never,
    })
    expect(preview?.title).toBe('预览 preview')
  })

  test('更多新闻 prefers shared tags, then fills with the newest, never itself or a draft', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { title: { equals: '文章 3' } },
    })
    const article = docs[0]!
    const related = await findRelatedArticles({
      payload,
      locale: 'zh-CN',
      articleId: String(article.id),
      tagIds: [String(tagA.id)],
      limit: 18,
    })
    expect(related).toHaveLength(18)
    expect(titles(related)).not.toContain('文章 3')
    expect(titles(related).some((title) => title.startsWith('草稿'))).toBe(false)
    // 14 other tag-A articles first, newest first, then the newest of the rest.
    expect(
      related.slice(0, 14).every((card) => card.tags.some((tag) => tag.slug === tagA.slug)),
    ).toBe(true)
    expect(related[0]?.title).toBe('文章 42')
    expect(related[14]?.title).toBe('文章 44')
    expect(new Set(titles(related)).size).toBe(18)
  })
})

test('a card carries its tags and coins in the editor’s order, and its cover', async () => {
  const [coinA, coinB, cover] = [
    await makeCoin(payload),
    await makeCoin(payload),
    await makeMedia(payload),
  ]
  const article = await makeArticle(payload, {
    title: '卡片 card',
    publishedAt: at(100),
    tags: [tagB.id, tagA.id],
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { coins: [coinB.id, coinA.id], cover: cover.id },
    overrideAccess: true,
  })
  const card = (await findFeedPage({ payload, locale: 'zh-CN', limit: 1 })).items[0]!
  expect(card.title).toBe('卡片 card')
  expect(card.tags).toEqual([
    { name: tagB.name, slug: tagB.slug },
    { name: tagA.name, slug: tagA.slug },
  ])
  expect(card.coins.map((coin) => coin.symbol)).toEqual([coinB.symbol, coinA.symbol])
  expect(card.coins[0]).toMatchObject({ id: String(coinB.id), name: coinB.name })
  expect(card.cover).toMatchObject({
    alt: '测试图片',
    url: expect.stringMatching(/^\/api\/media\/file\//),
  })
  await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
})

test('the portable reads name a card’s tags from the tabs the page already read, and read any the tabs lack', async () => {
  const article = await makeArticle(payload, {
    title: '标签 card',
    publishedAt: at(101),
    tags: [tagA.id, tagB.id],
  })
  // The page's tabs know tag A (under the name it was read with) but not tag B.
  const knownTags = [{ id: String(tagA.id), name: '页面读到的名称', slug: tagA.slug }]
  const card = (
    await findFeedPage({ payload, locale: 'zh-CN', limit: 1, knownTags, portable: true })
  ).items[0]!
  expect(card.title).toBe('标签 card')
  expect(card.tags).toEqual([
    { name: '页面读到的名称', slug: tagA.slug },
    { name: tagB.name, slug: tagB.slug },
  ])
  await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
})

test('reads for visitors apply each collection’s read rule: no drafts, no accounts', async () => {
  const articles = await findAsVisitor(payload, 'articles', {
    where: {},
    limit: 100,
    select: { title: true },
  })
  expect(articles.docs.length).toBeGreaterThanOrEqual(45)
  expect(articles.docs.some((doc) => String(doc.title).startsWith('草稿'))).toBe(false)
  expect(
    (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
  ).toBeGreaterThan(0)
  const users = await findAsVisitor(payload, 'users', {
    where: {},
    limit: 10,
    select: { email: true },
  })
  expect(users.docs).toEqual([])
})

test('what is read past Payload’s read pipeline has no read rule or afterRead hook it would skip', () => {
  const readDirectly = {
    articles: Object.keys(CARD_SELECT),
    tags: [...Object.keys(CARD_POPULATE.tags), 'order'],
    coins: Object.keys(CARD_POPULATE.coins),
  } as const
  for (const [slug, names] of Object.entries(readDirectly)) {
    const config = payload.collections[slug as keyof typeof readDirectly].config
    expect([slug, config.hooks.afterRead]).toEqual([slug, []])
    for (const name of names) {
      const field = config.flattenedFields.find((candidate) => candidate.name === name) as
        { access?: { read?: unknown }; hooks?: { afterRead?: unknown[] } } | undefined
      expect(field).toBeDefined()
      expect([slug, name, field?.access?.read, field?.hooks?.afterRead ?? []]).toEqual([
        slug,
        name,
        undefined,
        [],
      ])
    }
  }
})

test('tabs come in editor-set order', async () => {
  await payload.update({
    collection: 'tags',
    id: tagB.id,
    data: { order: 0 },
    overrideAccess: true,
  })
  const tabs = await findTabs(payload, { locale: 'zh-CN' })
  expect(tabs.map((tab) => tab.slug)).toEqual([tagB.slug, tagA.slug])
})
