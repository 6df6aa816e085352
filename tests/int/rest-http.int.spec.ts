/** A sample of the access rules and bad-input answers over real HTTP on loopback. */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, login, signIn } = createRestClient<'readerA' | 'readerB' | 'editor'>(
  () => server.baseUrl,
)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'readerB', 'editor'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const validArticle = () => ({
  title: 'HTTP 测试文章',
  summary: '摘要',
  body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
  _status: 'published',
})

describe('reading over REST', () => {
  test('anonymous readers list published articles and never drafts, even asking for them', async () => {
    const published = await makeArticle(payload, { title: '已发布 published' })
    const draft = await makeArticle(payload, { status: 'draft', title: '草稿 draft' })
    const list = await api('/api/articles?limit=100&draft=true')
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((doc: { id: unknown }) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    const direct = await api(`/api/articles/${draft.id}?draft=true`)
    expect([403, 404]).toContain(direct.status)
  })

  test('a published article does not reveal its author account to readers', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...validArticle(), authors: [actors.editor.id] } as never,
      overrideAccess: true,
    })
    const read = await api(`/api/articles/${article.id}?depth=1`)
    expect(read.body.authors).toBeUndefined()
    expect(read.body.byline).toBe('Editor')
  })

  test('a reader sees only their own watchlist', async () => {
    await payload.create({
      collection: 'watchlists',
      data: { owner: actors.readerA.id, items: [] },
      overrideAccess: true,
    })
    const asB = await api('/api/watchlists', { as: 'readerB' })
    expect(asB.status).toBe(200)
    expect(asB.body.totalDocs).toBe(0)
    const asA = await api('/api/watchlists', { as: 'readerA' })
    expect(asA.body.totalDocs).toBe(1)
    const anonymous = await api('/api/watchlists')
    expect(anonymous.status).toBe(403)
  })
})

describe('writing over REST', () => {
  test('a reader may not write articles', async () => {
    const response = await api('/api/articles', {
      method: 'POST',
      as: 'readerA',
      json: validArticle(),
    })
    expect(response.status).toBe(403)
  })

  test('missing fields answer 400 naming each field', async () => {
    const response = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: { _status: 'published' },
    })
    expect(response.status).toBe(400)
    const paths = response.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['title', 'summary', 'body']))
  })

  test('an invalid source link answers 400 with the reason', async () => {
    const response = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: { ...validArticle(), source: { name: '某来源', url: 'javascript:alert(1)' } },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('source.url')
  })

  test('a duplicate slug answers 400 and leaves the stored article as it was', async () => {
    const first = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: { ...validArticle(), slug: 'same-slug' },
    })
    expect(first.status).toBe(201)
    const second = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      json: { ...validArticle(), title: '第二篇', slug: 'same-slug' },
    })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toContain('slug')
    const stored = await api(`/api/articles/${first.body.doc.id}`)
    expect(stored.body.title).toBe('HTTP 测试文章')
  })

  test('bookmarking twice answers 400 with a clear message and keeps one bookmark', async () => {
    const article = await makeArticle(payload)
    const first = await api('/api/bookmarks', {
      method: 'POST',
      as: 'readerA',
      json: { article: article.id },
    })
    expect(first.status).toBe(201)
    const second = await api('/api/bookmarks', {
      method: 'POST',
      as: 'readerA',
      json: { article: article.id },
    })
    expect(second.status).toBe(400)
    expect(JSON.stringify(second.body)).toContain('already bookmarked')
    const count = await payload.count({
      collection: 'bookmarks',
      where: { article: { equals: article.id } },
    })
    expect(count.totalDocs).toBe(1)
  })

  test('a draft cannot be bookmarked by a reader', async () => {
    const draft = await makeArticle(payload, { status: 'draft' })
    const response = await api('/api/bookmarks', {
      method: 'POST',
      as: 'readerA',
      json: { article: draft.id },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('no such published article')
  })

  test('a watchlist refuses the same coin twice', async () => {
    const coin = await payload.create({
      collection: 'coins',
      data: { symbol: 'DUP', name: 'Dup', marketDataId: 'dup-coin' },
      overrideAccess: true,
    })
    const response = await api('/api/watchlists', {
      method: 'POST',
      as: 'readerB',
      json: { items: [coin.id, coin.id] },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('a coin appears twice')
  })
})

describe('accounts over REST', () => {
  test('registration with a role in the body creates a plain reader', async () => {
    const response = await api('/api/users', {
      method: 'POST',
      json: {
        email: 'newcomer@test.local',
        password: 'password-123',
        displayName: '新人',
        roles: ['admin'],
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.roles).toEqual(['reader'])
  })

  test('registration with a malformed email answers 400', async () => {
    const response = await api('/api/users', {
      method: 'POST',
      json: { email: 'not-an-email', password: 'password-123', displayName: '坏邮箱' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('email')
  })

  test('the login cookie is HTTP-only and identifies the user', async () => {
    const response = await login(actors.readerB.email)
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    const me = await api('/api/users/me', { as: 'readerB' })
    expect(me.body.user.email).toBe(actors.readerB.email)
  })

  test('the login cookie is ignored on a request from another site (CSRF)', async () => {
    const response = await api('/api/articles', {
      method: 'POST',
      as: 'editor',
      headers: { origin: 'https://evil.example' },
      json: validArticle(),
    })
    expect(response.status).toBe(403)
  })
})
