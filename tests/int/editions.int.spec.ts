/**
 * The three editions of content (docs/editions.md): editors add a zh-TW override or an English
 * version through the Local API and REST; zh-TW reads the override where written and the zh-CN
 * text converted elsewhere (s2twp: 数据 → 資料, 网络 → 網路); English reads only articles written in English, everywhere.
 */
import type { Payload } from 'payload'

import { makeArticle, makeCoin, makeTag } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import type { TLocale } from '@/lib/i18n/locales'
import { findArticleBySlug, findRelatedArticles } from '@/lib/queries/findArticles'
import { cursorNamesArticle } from '@/lib/queries/findCursorArticle'
import { findFeedPage, findFeedPageByNumber } from '@/lib/queries/findFeed'
import {
  countPublishedArticles,
  findNewsItems,
  findRssItems,
  findSitemapChunk,
} from '@/lib/queries/findSyndication'
import { findTabs } from '@/lib/queries/findTags'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import type { Article, Tag } from '@/payload-types'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
let tag: Tag
let other: Tag
/** Written in zh-CN only. */
let chineseOnly: Article
/** Given a zh-TW title by an editor (Local API) and an English version over REST. */
let translated: Article
/** Given an English version through the Local API. */
let english: Article
let coinId: number
const { api, signIn } = createRestClient<'editor' | 'readerA'>(() => server.baseUrl)
const at = (minutes: number) =>
  new Date(Date.parse('2026-11-01T00:00:00Z') + minutes * 60_000).toISOString()
const body = (text: string) => lexicalFromBlocks([{ type: 'p', text }])
const bodyText = (value: unknown) => JSON.stringify(value)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['editor', 'readerA'] as const) await signIn(name, actors[name].email)
  tag = await makeTag(payload)
  other = await makeTag(payload)
  const coin = await makeCoin(payload)
  coinId = coin.id
  await payload.update({
    collection: 'coins',
    id: coin.id,
    data: { nameZh: '网络币' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'tags',
    id: tag.id,
    data: { name: '数据网络' },
    overrideAccess: true,
  })
  chineseOnly = await makeArticle(payload, {
    title: '只有简体 数据',
    publishedAt: at(3),
    tags: [tag.id],
  })
  translated = await makeArticle(payload, {
    title: '简体标题',
    publishedAt: at(2),
    tags: [tag.id, other.id],
    coins: [coin.id],
  })
  await payload.update({
    collection: 'articles',
    id: translated.id,
    data: { summary: '网络数据的摘要', body: body('这是关于网络与数据的正文。') },
    overrideAccess: true,
  })
  english = await makeArticle(payload, { title: '英文版 数据', publishedAt: at(1), tags: [tag.id] })
  await payload.update({
    collection: 'articles',
    id: english.id,
    locale: 'en',
    data: { title: 'English: data', summary: 'In English', body: body('An English body.') },
    user: actors.editor,
    overrideAccess: false,
  })
  // A draft with an English version never shows in any edition.
  const draft = await makeArticle(payload, { status: 'draft', title: '草稿', tags: [tag.id] })
  await payload.update({
    collection: 'articles',
    id: draft.id,
    locale: 'en',
    draft: true,
    data: { title: 'Draft', summary: 'Draft', body: body('Draft') },
    overrideAccess: true,
  })
}, 60_000)
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

describe('editors add translations', () => {
  test('a zh-TW override of the title alone is saved by an editor through the Local API', async () => {
    const saved = await payload.update({
      collection: 'articles',
      id: translated.id,
      locale: 'zh-TW',
      data: { title: '編輯寫的繁體標題' },
      user: actors.editor,
      overrideAccess: false,
    })
    expect(saved.title).toBe('編輯寫的繁體標題')
    const zh = await payload.findByID({ collection: 'articles', id: translated.id, depth: 0 })
    expect(zh.title).toBe('简体标题')
  })

  test('an English version is saved over REST with ?locale=en; the zh-CN text stays', async () => {
    const response = await api(`/api/articles/${translated.id}?locale=en`, {
      method: 'PATCH',
      as: 'editor',
      json: {
        title: 'Simplified title in English',
        summary: 'A summary about networks and data',
        body: body('An English body about networks.'),
      },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.title).toBe('Simplified title in English')
    const zh = await api(`/api/articles/${translated.id}`)
    expect(zh.body.title).toBe('简体标题')
    const en = await api(`/api/articles/${translated.id}?locale=en`)
    expect(en.body.summary).toBe('A summary about networks and data')
  })

  test('an English version is all or nothing: a title alone answers 400 naming summary and body', async () => {
    const response = await api(`/api/articles/${chineseOnly.id}?locale=en`, {
      method: 'PATCH',
      as: 'editor',
      json: { title: 'Only a title' },
    })
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['summary', 'body']))
  })

  test('without an English version, other fields can still be saved in the English locale', async () => {
    const saved = await payload.update({
      collection: 'articles',
      id: chineseOnly.id,
      locale: 'en',
      data: { featured: false },
      user: actors.editor,
      overrideAccess: false,
    })
    expect(saved.title ?? null).toBeNull()
  })

  test('a document is created in zh-CN first: creating it in another locale answers 400', async () => {
    const response = await api('/api/articles?locale=en', {
      method: 'POST',
      as: 'editor',
      json: { title: 'New', summary: 'New', body: body('New'), _status: 'published' },
    })
    expect(response.status).toBe(400)
    const tagResponse = await api('/api/tags?locale=zh-TW', {
      method: 'POST',
      as: 'editor',
      json: { name: '新標籤', slug: 'new-tag', order: 5 },
    })
    expect(tagResponse.status).toBe(400)
  })

  test('readers may not write translations', async () => {
    const response = await api(`/api/articles/${chineseOnly.id}?locale=zh-TW`, {
      method: 'PATCH',
      as: 'readerA',
      json: { title: '讀者' },
    })
    expect(response.status).toBe(403)
  })
})

describe('the zh-TW edition', () => {
  test('the override wins; everything else is the zh-CN text converted (OpenCC, Taiwan phrases)', async () => {
    const page = await findFeedPage({ payload, locale: 'zh-TW', tagId: tag.id, limit: 10 })
    const card = page.items.find((item) => item.id === String(translated.id))
    expect(card?.title).toBe('編輯寫的繁體標題')
    expect(card?.summary).toBe('網路資料的摘要')
    expect(card?.tags.map((t) => t.name)).toContain('資料網路')
    expect(card?.coins[0]).toMatchObject({ name: expect.any(String), nameZh: '網路幣' })
    expect(page.items.find((item) => item.id === String(chineseOnly.id))?.title).toBe(
      '只有簡體 資料',
    )
  })

  test('the article page: converted body and summary, the override title, tags in 繁體', async () => {
    const article = await findArticleBySlug({
      payload,
      locale: 'zh-TW',
      slug: translated.slug!,
    })
    expect(article?.title).toBe('編輯寫的繁體標題')
    expect(article?.summary).toBe('網路資料的摘要')
    expect(bodyText(article?.body)).toContain('這是關於網路與資料的正文。')
    const names = (article?.tags ?? []).map((t) => (typeof t === 'object' ? t.name : t))
    expect(names).toContain('資料網路')
  })

  test('a zh-TW body an editor wrote is kept as written', async () => {
    await payload.update({
      collection: 'articles',
      id: english.id,
      locale: 'zh-TW',
      data: { body: body('编辑写的正文保持原样') },
      overrideAccess: true,
    })
    const article = await findArticleBySlug({ payload, locale: 'zh-TW', slug: english.slug! })
    expect(bodyText(article?.body)).toContain('编辑写的正文保持原样')
    expect(article?.title).toBe('英文版 資料')
  })

  test('the zh-CN edition is unchanged by translations', async () => {
    const page = await findFeedPage({ payload, locale: 'zh-CN', tagId: tag.id, limit: 10 })
    expect(page.items.map((item) => item.title)).toEqual([
      '只有简体 数据',
      '简体标题',
      '英文版 数据',
    ])
    const card = page.items.find((item) => item.id === String(translated.id))
    expect(card?.coins[0]?.nameZh).toBe('网络币')
  })
})

describe('the English edition', () => {
  const englishIds = () => [String(translated.id), String(english.id)]

  test('feeds and tag feeds list only articles with an English version, in English', async () => {
    for (const tagId of [undefined, tag.id]) {
      const page = await findFeedPage({ payload, locale: 'en', tagId, limit: 10 })
      expect(page.items.map((item) => item.id)).toEqual(englishIds())
      expect(page.items.map((item) => item.title)).toEqual([
        'Simplified title in English',
        'English: data',
      ])
      const numbered = await findFeedPageByNumber({ payload, locale: 'en', tagId, page: 1 })
      expect(numbered.items.map((item) => item.id)).toEqual(englishIds())
    }
  })

  test('cursor pages go through the English articles only', async () => {
    const first = await findFeedPage({ payload, locale: 'en', limit: 1 })
    expect(first.nextCursor).not.toBeNull()
    const [time = '', id = ''] = (first.nextCursor ?? '').split('-')
    const cursor = { publishedAt: new Date(parseInt(time, 36)), id }
    expect(await cursorNamesArticle(payload, cursor, 'en')).toBe(true)
    const second = await findFeedPage({ payload, locale: 'en', limit: 1, cursor })
    expect(second.items.map((item) => item.id)).toEqual([String(english.id)])
    expect(second.nextCursor).toBeNull()
    // A cursor naming an article without an English version is not one the English edition wrote.
    const chinese = { publishedAt: new Date(at(3)), id: String(chineseOnly.id) }
    expect(await cursorNamesArticle(payload, chinese, 'en')).toBe(false)
    expect(await cursorNamesArticle(payload, chinese, 'zh-CN')).toBe(true)
  })

  test('article by slug: the English version, or null without one', async () => {
    const found = await findArticleBySlug({ payload, locale: 'en', slug: english.slug! })
    expect(found?.title).toBe('English: data')
    expect(bodyText(found?.body)).toContain('An English body.')
    expect(await findArticleBySlug({ payload, locale: 'en', slug: chineseOnly.slug! })).toBeNull()
  })

  test('更多新闻 holds English articles only', async () => {
    const related = await findRelatedArticles({
      payload,
      locale: 'en',
      articleId: String(english.id),
      tagIds: [String(tag.id)],
    })
    expect(related.map((card) => card.id)).toEqual([String(translated.id)])
  })

  test('tag names: English when written, else the slug’s words; coins have no Chinese name', async () => {
    await payload.update({
      collection: 'tags',
      id: other.id,
      locale: 'en',
      data: { name: 'Other tag' },
      overrideAccess: true,
    })
    const tabs = await findTabs(payload, { locale: 'en' })
    const byId = new Map(tabs.map((tab) => [tab.id, tab.name]))
    expect(byId.get(String(other.id))).toBe('Other tag')
    expect(byId.get(String(tag.id))).toBe(
      tag.slug
        .split('-')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(' '),
    )
    const card = (await findFeedPage({ payload, locale: 'en', limit: 1 })).items[0]
    expect(card?.coins[0]).toMatchObject({ id: String(coinId), nameZh: null })
  })

  test('RSS, the news sitemap, the count and the sitemap chunks list English articles only', async () => {
    const rss = await findRssItems({ payload, locale: 'en' })
    expect(rss.map((item) => item.title)).toEqual(['Simplified title in English', 'English: data'])
    expect((await findRssItems({ payload, locale: 'en', tagId: String(tag.id) })).length).toBe(2)
    const news = await findNewsItems({ payload, locale: 'en', now: new Date(at(60)) })
    expect(news.map((item) => item.slug)).toEqual([translated.slug, english.slug])
    expect(await countPublishedArticles(payload, 'en')).toBe(2)
    expect(await countPublishedArticles(payload, 'zh-CN')).toBe(3)
    const chunk = await findSitemapChunk({ payload, locale: 'en', chunk: 1 })
    expect(chunk.map((url) => url.path)).toEqual([
      `/articles/${english.slug}`,
      `/articles/${translated.slug}`,
    ])
  })

  test('the zh-TW RSS converts as the feed does', async () => {
    const rss = await findRssItems({ payload, locale: 'zh-TW' as TLocale })
    const item = rss.find((entry) => entry.path === `/articles/${translated.slug}`)
    expect(item).toMatchObject({ title: '編輯寫的繁體標題', summary: '網路資料的摘要' })
    expect(item?.tags).toContain('資料網路')
  })
})
