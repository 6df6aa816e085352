/**
 * 热门: the view beacon's endpoint over real HTTP, the batches the counter writes, the stored
 * counts (both ways of writing and totalling them), and the lists ranked from them.
 */
import type { Payload } from 'payload'

import { addArticleViews, viewTotalsSince } from '@/lib/db/articleViews'
import { hourOf } from '@/lib/hot/hours'
import { viewCounterOf } from '@/lib/hot/processCounter'
import { findHotArticles } from '@/lib/queries/findHot'
import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { anotherClientAddress, createRestClient } from '@/tests/helpers/restClient'

let context: TTestPayload
let payload: Payload
let server: TTestServer

const { api } = createRestClient(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  server = await startRestServer(context.config)
})
afterAll(async () => {
  viewCounterOf(payload).stop()
  await server?.close()
  await context?.cleanup()
})

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

/** The beacon's request, from a client address and with a browser's headers unless told. */
const beacon = (body: unknown, client = anotherClientAddress(), headers = {}) =>
  api('/api/article-views/record', {
    method: 'POST',
    headers: { 'x-forwarded-for': client, 'user-agent': BROWSER, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

/** The stored views of an article, read as the system. */
const storedViews = async (article: number | string) => {
  const { docs } = await payload.find({
    collection: 'article-views',
    where: { article: { equals: article } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.reduce((sum, doc) => sum + doc.count, 0)
}

describe('POST /api/article-views/record', () => {
  test('views from distinct clients are counted in memory, then land in the store in one batch', async () => {
    const article = await makeArticle(payload)
    for (let i = 0; i < 3; i++) {
      const response = await beacon({ article: String(article.id) })
      expect(response.status).toBe(202)
      expect(response.body).toEqual({ counted: true })
    }
    // Nothing is written per view.
    expect(await storedViews(article.id)).toBe(0)
    await viewCounterOf(payload).flush()
    expect(await storedViews(article.id)).toBe(3)
    // The next batch adds to the same hour's row.
    await beacon({ article: String(article.id) })
    await viewCounterOf(payload).flush()
    expect(await storedViews(article.id)).toBe(4)
    const { docs } = await payload.find({
      collection: 'article-views',
      where: { article: { equals: article.id } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.hour).toBe(hourOf(Date.now()))
  })

  test('a client’s repeat, a prefetch and a bot are answered alike but not counted', async () => {
    const article = await makeArticle(payload)
    const client = anotherClientAddress()
    const body = { article: String(article.id) }
    expect((await beacon(body, client)).body).toEqual({ counted: true })
    expect((await beacon(body, client)).body).toEqual({ counted: false })
    const prefetch = await beacon(body, anotherClientAddress(), { 'sec-purpose': 'prefetch' })
    expect(prefetch.status).toBe(202)
    expect(prefetch.body).toEqual({ counted: false })
    const bot = await beacon(body, anotherClientAddress(), {
      'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    })
    expect(bot.status).toBe(202)
    expect(bot.body).toEqual({ counted: false })
    await viewCounterOf(payload).flush()
    expect(await storedViews(article.id)).toBe(1)
  })

  test.each([
    ['not JSON', 'article=1', /JSON/],
    ['an empty body', '', /empty/],
    ['an array', [], /object/],
    ['no article', {}, /article/],
    ['a numeric article', { article: 5 }, /article/],
    ['a malformed id', { article: '../1' }, /letters or digits/],
    ['another field', { article: '1', weight: 100 }, /weight/],
    ['a huge body', { article: 'x'.repeat(500) }, /too large/],
  ])('%s is refused with 400 and a message', async (_, body, message) => {
    const response = await beacon(body)
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(message)
  })

  test('an unknown article is accepted harmlessly and never stored', async () => {
    const counter = viewCounterOf(payload)
    expect((await beacon({ article: '99999999' })).status).toBe(202)
    expect((await beacon({ article: 'abcdef' })).status).toBe(202)
    await counter.flush()
    expect(counter.pending).toBe(0)
    expect(await storedViews(99999999)).toBe(0)
  })

  test('nobody writes counts through the collection’s own API', async () => {
    const article = await makeArticle(payload)
    const response = await api('/api/article-views', {
      method: 'POST',
      headers: { 'user-agent': BROWSER },
      json: { article: article.id, hour: hourOf(Date.now()), count: 1_000_000 },
    })
    expect(response.status).toBe(403)
    expect(await storedViews(article.id)).toBe(0)
  })
})

describe('the stored counts', () => {
  test('SQL and the portable adapter path add and total alike', async () => {
    const [a, b] = [await makeArticle(payload), await makeArticle(payload)]
    const hour = hourOf(Date.now())
    const rows = (count: number) => [
      { article: String(a.id), hour, count },
      { article: String(b.id), hour, count: count * 2 },
      { article: String(b.id), hour: hour - 1, count: 1 },
    ]
    await addArticleViews(payload, rows(2))
    await addArticleViews(payload, rows(3), { portable: true })
    expect(await storedViews(a.id)).toBe(5)
    expect(await storedViews(b.id)).toBe(12)
    const sql = await viewTotalsSince(payload, hour - 1, 1000)
    const portable = await viewTotalsSince(payload, hour - 1, 1000, { portable: true })
    expect(portable).toEqual(sql)
    expect(sql.find((total) => total.article === String(b.id))?.views).toBe(12)
    // The current hour alone leaves out the earlier bucket.
    const current = await viewTotalsSince(payload, hour, 1000, { portable: true })
    expect(current.find((total) => total.article === String(b.id))?.views).toBe(10)
  })

  test('a batch naming unknown or malformed ids writes its other rows and drops those', async () => {
    const article = await makeArticle(payload)
    const hour = hourOf(Date.now())
    for (const portable of [false, true]) {
      const written = await addArticleViews(
        payload,
        [
          { article: '987654321', hour, count: 7 },
          { article: 'abc123', hour, count: 7 },
          { article: String(article.id), hour, count: 2 },
        ],
        { portable },
      )
      expect(written).toBe(1)
    }
    expect(await storedViews(article.id)).toBe(4)
  })

  test('deleting an article deletes its counts', async () => {
    const article = await makeArticle(payload)
    await addArticleViews(payload, [
      { article: String(article.id), hour: hourOf(Date.now()), count: 4 },
    ])
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(await storedViews(article.id)).toBe(0)
  })
})

describe('the 热门 lists', () => {
  test('rank by views within the window; drafts and unpublished articles are not listed', async () => {
    const now = Date.now()
    const hour = hourOf(now)
    const recent = await makeArticle(payload, { title: '热门 近期 recent' })
    const older = await makeArticle(payload, { title: '热门 上周 older' })
    const draft = await makeArticle(payload, { status: 'draft' })
    const unpublished = await makeArticle(payload, { title: '热门 撤下 unpublished' })
    await addArticleViews(payload, [
      { article: String(recent.id), hour, count: 500 },
      // Two days ago: only in the 7-day list, where it leads.
      { article: String(older.id), hour: hour - 48, count: 900 },
      { article: String(draft.id), hour, count: 5000 },
      { article: String(unpublished.id), hour, count: 700 },
    ])

    for (const portable of [false, true]) {
      const day = await findHotArticles({ payload, locale: 'zh-CN', window: '24h', now, portable })
      const week = await findHotArticles({ payload, locale: 'zh-CN', window: '7d', now, portable })
      const ids = (items: typeof day) => items.map((item) => item.card.id)
      expect(ids(day).slice(0, 2)).toEqual([String(unpublished.id), String(recent.id)])
      expect(ids(day)).not.toContain(String(older.id))
      expect(ids(day)).not.toContain(String(draft.id))
      expect(ids(week).slice(0, 3)).toEqual([
        String(older.id),
        String(unpublished.id),
        String(recent.id),
      ])
      expect(day[1]?.views).toBe(500)
    }

    await payload.update({
      collection: 'articles',
      id: unpublished.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const day = await findHotArticles({ payload, locale: 'zh-CN', window: '24h', now })
    expect(day[0]?.card.id).toBe(String(recent.id))
    expect(day.map((item) => item.card.id)).not.toContain(String(unpublished.id))
  })

  test('English lists only articles written in English; zh-TW shows the converted titles', async () => {
    const article = await makeArticle(payload, { title: '热门简体标题' })
    await addArticleViews(payload, [
      { article: String(article.id), hour: hourOf(Date.now()), count: 100_000 },
    ])
    const tw = await findHotArticles({ payload, locale: 'zh-TW', window: '24h' })
    expect(tw[0]?.card.title).toBe('熱門簡體標題')
    const en = await findHotArticles({ payload, locale: 'en', window: '24h' })
    expect(en.map((item) => item.card.id)).not.toContain(String(article.id))
  })
})

test('old buckets are pruned', async () => {
  const { pruneArticleViews } = await import('@/lib/db/articleViews')
  const article = await makeArticle(payload)
  const hour = hourOf(Date.now())
  await addArticleViews(payload, [
    { article: String(article.id), hour: hour - 200, count: 3 },
    { article: String(article.id), hour, count: 2 },
  ])
  await pruneArticleViews(payload, hour - 168)
  expect(await storedViews(article.id)).toBe(2)
})
