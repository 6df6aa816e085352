/**
 * The read-only content API (/api/v1, docs/api.md) over real HTTP: every endpoint's answer checked
 * against its zod schema (the contract: a field added, renamed or leaked fails here), filters and
 * cursor paging, drafts never shown, strict query strings (400), unknown things (404), ETag and
 * 304, API keys (valid, malformed, unknown, revoked, rotated, origins, their own higher limit)
 * and the anonymous limit. next/cache is a stand-in (outside Next the real one refuses) that keeps
 * answers by key and tag, as coin-pages.int.spec.ts does.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'
import type { z } from 'zod'

import { makeArticle, makeCoin, makeFlash, makeMedia, makeTag } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { anotherClientAddress, createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { newApiKey } from '@/lib/apiKeys/secret'
import { EDGE_REFRESH_HEADER, edgeRefreshToken } from '@/lib/edge/refreshToken'
import {
  ZApiArticle,
  ZApiArticlePage,
  ZApiCoinDetail,
  ZApiCoinPage,
  ZApiError,
  ZApiFlashPage,
  ZApiTagList,
} from '@/lib/contentApi/schemas/shapes'

const cached = new Map<string, { value: unknown; tags: string[] }>()
jest.unstable_mockModule('next/cache', () => ({
  unstable_cache:
    (read: () => Promise<unknown>, keyParts: string[], options: { tags?: string[] } = {}) =>
    async () => {
      const key = JSON.stringify(keyParts)
      const hit = cached.get(key)
      if (hit) return hit.value
      const value = await read()
      cached.set(key, { value, tags: options.tags ?? [] })
      return value
    },
  revalidateTag: (tag: string) => {
    for (const [key, entry] of cached) if (entry.tags.includes(tag)) cached.delete(key)
  },
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'admin' | 'editor' | 'readerA'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})

const base = Date.parse('2026-11-01T00:00:00.000Z')
const minutes = (n: number) => new Date(base + n * 60_000).toISOString()

let tag: { id: number; slug: string }
let coin: { id: number; marketDataId: string }
let articles: { id: number; slug: string }[] = []
let draft: { slug?: string | null }
let covered: { slug: string }
let byEditor: { slug: string }

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  // Imported once the test database is set: the handler's reads load the Payload config.
  const { handleContentApi } = await import('@/lib/contentApi/handler')
  server = await startRestServer(context.config, {
    routes: [{ prefix: '/api/v1/', handle: handleContentApi }],
  })
  await payload.update({
    collection: 'users',
    id: actors.editor.id,
    data: { profileSlug: 'editor-page' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: actors.admin.id,
    data: { profileSlug: 'admin-page' },
    overrideAccess: true,
  })
  tag = (await makeTag(payload)) as { id: number; slug: string }
  coin = (await makeCoin(payload)) as { id: number; marketDataId: string }
  await payload.update({
    collection: 'coins',
    id: coin.id,
    data: { price: 123.5, marketCap: 1e9, change24h: -1.5, rank: 7, priceUpdatedAt: minutes(-1) },
    overrideAccess: true,
  })
  // Six published articles a minute apart: 0-2 tagged, 1 linked to the coin.
  for (let i = 0; i < 6; i++)
    articles.push(
      (await makeArticle(payload, {
        title: `API 文章 ${i}`,
        publishedAt: minutes(i),
        tags: i < 3 ? [tag.id] : [],
        coins: i === 1 ? [coin.id] : [],
      })) as { id: number; slug: string },
    )
  // The newest: written by the admin and the editor, in that order (byline filled from their
  // profiles), with a cover big enough for every image size.
  const cover = await makeMedia(payload, { width: 1300, height: 731 })
  const editorArticle = await payload.create({
    collection: 'articles',
    data: {
      title: 'API 编辑的文章',
      summary: '摘要',
      body: (await makeArticle(payload, { status: 'draft' })).body,
      authors: [actors.admin.id, actors.editor.id],
      cover: cover.id,
      publishedAt: minutes(10),
      _status: 'published',
    },
    overrideAccess: true,
  })
  byEditor = { slug: editorArticle.slug! }
  covered = byEditor
  articles = [editorArticle as { id: number; slug: string }, ...articles.reverse()]
  draft = await makeArticle(payload, {
    status: 'draft',
    title: 'API 草稿',
    tags: [tag.id],
    coins: [coin.id],
  })
  for (let i = 0; i < 5; i++)
    await makeFlash(payload, { text: `API 快讯 ${i}`, publishedAt: minutes(i) })
  await makeFlash(payload, { status: 'draft', text: 'API 快讯草稿' })
  await signIn('admin', 'admin@test.local')
  await signIn('editor', 'editor@test.local')
  await signIn('readerA', 'reader-a@test.local')
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** An answer that must match its schema exactly (strict: no field more, none less). */
async function valid<T extends z.ZodType>(schema: T, path: string, init?: RequestInit) {
  const answer = await api(path, init)
  expect({ path, status: answer.status }).toEqual({ path, status: 200 })
  const parsed = schema.safeParse(answer.body)
  if (!parsed.success) throw new Error(`${path}: ${JSON.stringify(parsed.error.issues, null, 1)}`)
  return { ...answer, body: parsed.data as z.output<T> }
}

/** Every page of a list, following nextCursor. */
async function allPages(path: string, limit: number) {
  const ids: string[] = []
  let cursor: string | null = null
  for (let page = 0; page < 50; page++) {
    const separator = path.includes('?') ? '&' : '?'
    const { body }: { body: z.output<typeof ZApiArticlePage> } = await valid(
      ZApiArticlePage,
      `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    )
    expect(body.items.length).toBeLessThanOrEqual(limit)
    ids.push(...body.items.map((item) => item.id))
    cursor = body.nextCursor
    if (!cursor) return ids
  }
  throw new Error('too many pages')
}

describe('the contract: every endpoint answers its schema', () => {
  test('articles: newest first, published only, absolute portal URLs, no Payload internals', async () => {
    const { body, headers } = await valid(ZApiArticlePage, '/api/v1/articles')
    expect(body.items.map((item) => item.slug)).toEqual(articles.map((article) => article.slug))
    expect(body.items[0]!.url).toBe(`http://localhost:3000/articles/${byEditor.slug}`)
    expect(JSON.stringify(body)).not.toMatch(/_status|"author"|email|keyHash/)
    expect(headers.get('content-type')).toMatch(/application\/json/)
  })

  test("the co-authored article: its authors' pages in order, its cover with every size", async () => {
    const { body } = await valid(ZApiArticlePage, '/api/v1/articles?limit=1')
    const [item] = body.items
    expect(item!.authors).toEqual([
      { slug: 'admin-page', name: 'Admin' },
      { slug: 'editor-page', name: 'Editor' },
    ])
    expect(item!.cover!.url).toMatch(/^http:\/\/localhost:3000\/api\/media\/file\//)
    expect(Object.keys(item!.cover!.sizes).sort()).toEqual(['article', 'card', 'thumbnail'])
  })

  test('one article: HTML and text; Lexical only with include=lexical; editions', async () => {
    const { body } = await valid(ZApiArticle, `/api/v1/articles/${covered.slug}`)
    expect(body.body.html).toContain('<h2')
    expect(body.body.text).toContain('这是一段测试正文')
    expect(body.body.lexical).toBeUndefined()
    expect(body.authors).toEqual([
      { slug: 'admin-page', name: 'Admin' },
      { slug: 'editor-page', name: 'Editor' },
    ])
    const withLexical = await valid(ZApiArticle, `/api/v1/articles/${covered.slug}?include=lexical`)
    expect(withLexical.body.body.lexical).toHaveProperty('root')
    const traditional = await valid(ZApiArticle, `/api/v1/articles/${covered.slug}?locale=zh-TW`)
    expect(traditional.body.title).toBe('API 編輯的文章')
    expect(traditional.body.url).toBe(`http://localhost:3000/zh-tw/articles/${covered.slug}`)
  })

  test('tags, coins, one coin with its figures and their age, 快讯, the OpenAPI document', async () => {
    const tags = await valid(ZApiTagList, '/api/v1/tags')
    expect(tags.body.items.map((item) => item.slug)).toContain(tag.slug)
    const coins = await valid(ZApiCoinPage, '/api/v1/coins')
    expect(coins.body.items.map((item) => item.id)).toContain(coin.marketDataId)
    const one = await valid(ZApiCoinDetail, `/api/v1/coins/${coin.marketDataId}`)
    expect(one.body.market).toMatchObject({ priceUsd: 123.5, rank: 7, change24hPercent: -1.5 })
    expect(one.body.market.ageSeconds).toBeGreaterThan(0)
    const flashes = await valid(ZApiFlashPage, '/api/v1/flashes')
    expect(flashes.body.items.map((item) => item.text)).toEqual(
      [4, 3, 2, 1, 0].map((i) => `API 快讯 ${i}`),
    )
    const openapi = await api('/api/v1/openapi.json')
    expect(openapi.status).toBe(200)
    expect(openapi.body.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.body.components.schemas)).toEqual(
      expect.arrayContaining(['Article', 'ArticlePage', 'Coin', 'CoinDetail', 'Flash', 'TagList']),
    )
    expect(Object.keys(openapi.body.paths)).toHaveLength(6)
  })
})

describe('filters and paging', () => {
  test('tag, coin, author and since narrow the list; drafts never appear', async () => {
    const slugs = async (query: string) =>
      (await valid(ZApiArticlePage, `/api/v1/articles?${query}`)).body.items.map(
        (item) => item.slug,
      )
    expect(await slugs(`tag=${tag.slug}`)).toEqual(articles.slice(4, 7).map((a) => a.slug))
    expect(await slugs(`coin=${coin.marketDataId}`)).toEqual([articles[5]!.slug])
    // Any of an article's authors: the editor is its second.
    expect(await slugs('author=editor-page')).toEqual([byEditor.slug])
    expect(await slugs('author=admin-page')).toEqual([byEditor.slug])
    expect(await slugs(`since=${encodeURIComponent(minutes(4))}`)).toEqual(
      articles.slice(0, 3).map((a) => a.slug),
    )
    expect(await slugs(`since=${encodeURIComponent(minutes(1))}&tag=${tag.slug}`)).toEqual(
      articles.slice(4, 6).map((a) => a.slug),
    )
    expect(await slugs(`tag=${tag.slug}&coin=${coin.marketDataId}`)).not.toContain(draft.slug)
    expect((await api(`/api/v1/articles/${draft.slug}`)).status).toBe(404)
  })

  test('cursor pages walk the whole list once, in order', async () => {
    const everything = articles.map((article) => String(article.id))
    expect(await allPages('/api/v1/articles', 3)).toEqual(everything)
    expect(await allPages('/api/v1/articles', 1)).toEqual(everything)
    expect(await allPages(`/api/v1/articles?tag=${tag.slug}`, 2)).toEqual(everything.slice(4, 7))
  })

  test('快讯 and coins page too', async () => {
    const first = await valid(ZApiFlashPage, '/api/v1/flashes?limit=3')
    expect(first.body.items).toHaveLength(3)
    const second = await valid(
      ZApiFlashPage,
      `/api/v1/flashes?limit=3&cursor=${first.body.nextCursor}`,
    )
    expect(second.body.items.map((item) => item.text)).toEqual(['API 快讯 1', 'API 快讯 0'])
    expect(second.body.nextCursor).toBeNull()
    await makeCoin(payload)
    const coins = await valid(ZApiCoinPage, '/api/v1/coins?limit=1')
    const next = await valid(ZApiCoinPage, `/api/v1/coins?limit=1&cursor=${coins.body.nextCursor}`)
    expect(next.body.items[0]!.id).not.toBe(coins.body.items[0]!.id)
  })
})

describe('bad input is a 400 with { error }, unknown things a 404, never a 500', () => {
  test.each([
    '/api/v1/articles?foo=1',
    '/api/v1/articles?utm_source=x',
    '/api/v1/articles?limit=0',
    '/api/v1/articles?limit=51',
    '/api/v1/articles?limit=abc',
    '/api/v1/articles?limit=1e1',
    '/api/v1/articles?limit=1&limit=2',
    '/api/v1/articles?since=yesterday',
    '/api/v1/articles?cursor=%27%20OR%201=1',
    '/api/v1/articles?locale=fr',
    '/api/v1/articles?tag=Not%20A%20Slug',
    `/api/v1/articles/x?include=everything`,
    '/api/v1/tags?page=2',
    '/api/v1/coins?cursor=0',
    '/api/v1/flashes?limit=100',
    '/api/v1/openapi.json?x=1',
  ])('%s → 400', async (path) => {
    const answer = await api(path)
    expect(answer.status).toBe(400)
    expect(ZApiError.parse(answer.body).error).toBeTruthy()
    expect(answer.headers.get('cache-control')).toBe('no-store')
  })

  test.each([
    '/api/v1/articles/no-such-article',
    '/api/v1/articles/%E0%A4%A',
    '/api/v1/articles?tag=no-such-tag',
    '/api/v1/articles?coin=no-such-coin',
    '/api/v1/articles?author=no-such-author',
    '/api/v1/coins/no-such-coin',
    '/api/v1/nothing',
    '/api/v1/articles/a/b',
  ])('%s → 404', async (path) => {
    const answer = await api(path)
    expect(answer.status).toBe(404)
    expect(ZApiError.parse(answer.body).error).toBeTruthy()
  })

  test('writes are refused: a read-only API', async () => {
    const answer = await api('/api/v1/articles', { method: 'POST', body: '{}' })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
  })
})

describe('HTTP caching', () => {
  test('an ETag on every 200, a 304 for the ETag the client holds', async () => {
    const first = await api('/api/v1/articles')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, .*s-maxage=1/)
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('vary')).toMatch(/X-Api-Key/i)
    const conditional = (value: string) =>
      api('/api/v1/articles', { headers: { 'if-none-match': value } })
    for (const value of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const answer = await conditional(value)
      expect({ value, status: answer.status }).toEqual({ value, status: 304 })
      expect(answer.body).toBeNull()
      expect(answer.headers.get('etag')).toBe(etag)
    }
    expect((await conditional('"other"')).status).toBe(200)
    // Another answer, another ETag.
    expect((await api('/api/v1/articles?limit=1')).headers.get('etag')).not.toBe(etag)
  })

  test('a publish shows at once: the reads carry the tags the article hooks expire', async () => {
    const before = await api('/api/v1/articles?limit=1')
    const { revalidateTag } = await import('next/cache')
    const fresh = await makeArticle(payload, { title: 'API 新发布', publishedAt: minutes(20) })
    // Outside Next the hooks cannot expire tags; expire the one they name for articles.
    revalidateTag('article-lists', { expire: 0 })
    const after = await valid(ZApiArticlePage, '/api/v1/articles?limit=1')
    expect(after.body.items[0]!.slug).toBe(fresh.slug)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    await payload.delete({ collection: 'articles', id: fresh.id, overrideAccess: true })
    revalidateTag('article-lists', { expire: 0 })
  })
})

/** A key stored as the generate endpoint stores it, for the key tests. */
async function makeKey(data: { allowedOrigins?: string[]; rateLimitPerMinute?: number } = {}) {
  const { key, prefix, hash } = newApiKey()
  const doc = await payload.create({
    collection: 'api-keys',
    data: { name: 'test', keyHash: hash, keyPrefix: prefix, rateLimitPerMinute: 600, ...data },
    overrideAccess: true,
  })
  return { key, id: doc.id }
}

const withKey = (key: string, headers: Record<string, string> = {}) => ({
  headers: { 'x-api-key': key, ...headers },
})

describe('API keys', () => {
  test('admins generate a key, shown once; editors, readers and visitors cannot', async () => {
    const doc = await payload.create({
      collection: 'api-keys',
      data: { name: 'partner', rateLimitPerMinute: 600 },
      overrideAccess: true,
    })
    expect((await api(`/api/api-keys/${doc.id}/generate`, { method: 'POST' })).status).toBe(401)
    for (const as of ['editor', 'readerA'] as const)
      expect((await api(`/api/api-keys/${doc.id}/generate`, { method: 'POST', as })).status).toBe(
        403,
      )
    const generated = await api(`/api/api-keys/${doc.id}/generate`, { method: 'POST', as: 'admin' })
    expect(generated.status).toBe(200)
    expect(generated.headers.get('cache-control')).toMatch(/no-store/)
    const key: string = generated.body.key
    expect(key).toMatch(/^nrk_[A-Za-z0-9_-]{43}$/)
    const stored = await payload.findByID({
      collection: 'api-keys',
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.keyPrefix).toBe(key.slice(0, 12))
    expect(JSON.stringify(stored)).not.toContain(key)
    // Not readable by anyone, not even the admin.
    const read = await api(`/api/api-keys/${doc.id}`, { as: 'admin' })
    expect(read.body.keyHash).toBeUndefined()
    expect(read.body.keyPrefix).toBe(key.slice(0, 12))

    const keyed = await valid(ZApiArticlePage, '/api/v1/articles', withKey(key))
    // Keyed answers are nobody else's: no shared cache keeps them.
    expect(keyed.headers.get('cache-control')).toBe('private, no-cache')
    expect(keyed.headers.get('etag')).toBeTruthy()

    // Rotating: the old key stops at once, the new one works.
    const rotated = await api(`/api/api-keys/${doc.id}/generate`, { method: 'POST', as: 'admin' })
    expect((await api('/api/v1/articles', withKey(key))).status).toBe(401)
    await valid(ZApiArticlePage, '/api/v1/articles', withKey(rotated.body.key))
  })

  test('a malformed, unknown or revoked key is a 401 with a message', async () => {
    const { key, id } = await makeKey()
    await valid(ZApiTagList, '/api/v1/tags', withKey(key))
    for (const bad of ['nope', `nrk_${'A'.repeat(43)}`, `${key}x`]) {
      const answer = await api('/api/v1/tags', withKey(bad))
      expect({ bad, status: answer.status }).toEqual({ bad, status: 401 })
      expect(answer.body.error).toMatch(/invalid or revoked API key/)
    }
    await payload.update({
      collection: 'api-keys',
      id,
      data: { active: false },
      overrideAccess: true,
    })
    expect((await api('/api/v1/tags', withKey(key))).status).toBe(401)
  })

  test('allowed origins: a browser elsewhere is refused 403; an allowed one gets CORS', async () => {
    const { key } = await makeKey({ allowedOrigins: ['https://app.example'] })
    const allowed = await api('/api/v1/tags', withKey(key, { origin: 'https://app.example' }))
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example')
    const elsewhere = await api('/api/v1/tags', withKey(key, { origin: 'https://evil.example' }))
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body.error).toMatch(/not allowed from origin/)
    // A server (no Origin) may use it; a key with no origins is for servers only.
    expect((await api('/api/v1/tags', withKey(key))).status).toBe(200)
    const serverKey = await makeKey()
    expect(
      (await api('/api/v1/tags', withKey(serverKey.key, { origin: 'https://app.example' }))).status,
    ).toBe(403)
    // Anonymous reads are open to every page.
    const anonymous = await api('/api/v1/tags', { headers: { origin: 'https://any.example' } })
    expect(anonymous.headers.get('access-control-allow-origin')).toBe('*')
  })

  test('CORS preflight is answered', async () => {
    const answer = await api('/api/v1/articles', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-api-key',
      },
    })
    expect(answer.status).toBe(204)
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/X-Api-Key/i)
    expect(answer.headers.get('access-control-allow-methods')).toMatch(/GET/)
  })
})

describe('rate limits', () => {
  const from = (client: string, init: RequestInit = {}) => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': client },
  })

  test('anonymous: 120 a minute per client address, then 429 with Retry-After', async () => {
    const client = anotherClientAddress()
    for (let i = 0; i < 120; i++) {
      const answer = await api('/api/v1/tags', from(client))
      if (answer.status !== 200) throw new Error(`request ${i + 1}: ${answer.status}`)
    }
    const refused = await api('/api/v1/tags', from(client))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(ZApiError.parse(refused.body).error).toMatch(/too many requests/)
    // Another client is not slowed.
    expect((await api('/api/v1/tags', from(anotherClientAddress()))).status).toBe(200)
    // The app's own edge refresh (through nginx, from the same address) is no reader: not
    // limited; a made-up refresh header is.
    const refresh = (token: string) =>
      api('/api/v1/tags', from(client, { headers: { [EDGE_REFRESH_HEADER]: token } }))
    expect((await refresh(edgeRefreshToken())).status).toBe(200)
    expect((await refresh(`${edgeRefreshToken()}x`)).status).toBe(429)
  })

  test('a key spends its own limit: higher than the anonymous one, or lower', async () => {
    const client = anotherClientAddress()
    const generous = await makeKey({ rateLimitPerMinute: 200 })
    for (let i = 0; i < 130; i++) {
      const answer = await api('/api/v1/tags', from(client, withKey(generous.key)))
      if (answer.status !== 200) throw new Error(`request ${i + 1}: ${answer.status}`)
    }
    const strict = await makeKey({ rateLimitPerMinute: 3 })
    for (let i = 0; i < 3; i++)
      expect(
        (await api('/api/v1/tags', from(anotherClientAddress(), withKey(strict.key)))).status,
      ).toBe(200)
    const refused = await api('/api/v1/tags', from(anotherClientAddress(), withKey(strict.key)))
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBeTruthy()
  })
})
