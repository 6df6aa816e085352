/** GET /api/bookmarks/status and /states and bookmark ownership, over real HTTP with the login cookie. */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'

type TActor = 'readerA' | 'readerB' | 'admin'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors

const { api, signIn } = createRestClient<TActor>(() => server.baseUrl)

const status = (articleId: unknown, as?: TActor) =>
  api(`/api/bookmarks/status?article=${encodeURIComponent(String(articleId))}`, { as })

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'readerB', 'admin'] as const)
    await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** readerA's bookmark on a fresh published article, written as the system like a seed. */
async function bookmarkOfReaderA() {
  const article = await makeArticle(payload)
  const bookmark = await payload.create({
    collection: 'bookmarks',
    data: { user: actors.readerA.id, article: article.id },
    overrideAccess: true,
  })
  return { article, bookmark }
}

describe('GET /api/bookmarks/status', () => {
  test('an anonymous visitor learns only that they are not logged in, uncached', async () => {
    const { article } = await bookmarkOfReaderA()
    const response = await status(article.id)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ loggedIn: false, bookmarked: false })
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  test('the owner sees the bookmark and its id', async () => {
    const { article, bookmark } = await bookmarkOfReaderA()
    const response = await status(article.id, 'readerA')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ loggedIn: true, bookmarked: true, bookmarkId: bookmark.id })
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  test('another reader, and an admin who may read every bookmark, see their own state', async () => {
    const { article } = await bookmarkOfReaderA()
    for (const actor of ['readerB', 'admin'] as const) {
      const response = await status(article.id, actor)
      expect(response.body).toEqual({ loggedIn: true, bookmarked: false, bookmarkId: null })
    }
  })

  test('an article without bookmarks, or that does not exist, is not bookmarked', async () => {
    const article = await makeArticle(payload)
    expect((await status(article.id, 'readerA')).body.bookmarked).toBe(false)
    expect((await status('999999', 'readerA')).body.bookmarked).toBe(false)
    // A well-formed ID of the other database kind (MongoDB ObjectId on SQLite) answers, not 500s.
    expect((await status('65a1b2c3d4e5f60718293a4b', 'readerA')).status).toBe(200)
  })

  test.each([
    ['missing', '/api/bookmarks/status'],
    ['empty', '/api/bookmarks/status?article='],
    ['SQL-ish', '/api/bookmarks/status?article=1%20OR%201%3D1'],
    ['a path', '/api/bookmarks/status?article=..%2F1'],
    ['too long', `/api/bookmarks/status?article=${'1'.repeat(65)}`],
  ])('an article parameter that is %s answers 400 with a JSON error', async (_name, path) => {
    for (const actor of [undefined, 'readerA'] as const) {
      const response = await api(path, { as: actor })
      expect(response.status).toBe(400)
      expect(typeof response.body.error).toBe('string')
    }
  })
})

describe('GET /api/bookmarks/states', () => {
  const states = (articleIds: unknown[], as?: TActor) =>
    api(`/api/bookmarks/states?articles=${articleIds.map(String).join(',')}`, { as })

  test('a visitor is refused with 401, uncached', async () => {
    const { article } = await bookmarkOfReaderA()
    const response = await states([article.id])
    expect(response.status).toBe(401)
    expect(typeof response.body.error).toBe('string')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  test('the owner gets the bookmarked articles among those asked, with the bookmarks’ ids', async () => {
    const first = await bookmarkOfReaderA()
    const second = await bookmarkOfReaderA()
    const unbookmarked = await makeArticle(payload)
    const response = await states(
      [first.article.id, unbookmarked.id, second.article.id, first.article.id, '999999'],
      'readerA',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const byArticle = (a: { article: unknown }, b: { article: unknown }) =>
      String(a.article).localeCompare(String(b.article))
    expect(response.body.bookmarks.sort(byArticle)).toEqual(
      [
        { article: first.article.id, bookmark: first.bookmark.id },
        { article: second.article.id, bookmark: second.bookmark.id },
      ].sort(byArticle),
    )
  })

  test('another reader, and an admin who may read every bookmark, get only their own', async () => {
    const { article } = await bookmarkOfReaderA()
    const ownOfB = await makeArticle(payload)
    const bookmarkOfB = await payload.create({
      collection: 'bookmarks',
      data: { user: actors.readerB.id, article: ownOfB.id },
      overrideAccess: true,
    })
    expect((await states([article.id, ownOfB.id], 'readerB')).body).toEqual({
      bookmarks: [{ article: ownOfB.id, bookmark: bookmarkOfB.id }],
    })
    expect((await states([article.id, ownOfB.id], 'admin')).body).toEqual({ bookmarks: [] })
  })

  test('ids no article can have are not bookmarked rather than an error', async () => {
    const response = await states(['abc', '65a1b2c3d4e5f60718293a4b'], 'readerA')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ bookmarks: [] })
  })

  test.each([
    ['missing', '/api/bookmarks/states'],
    ['empty', '/api/bookmarks/states?articles='],
    ['an empty item', '/api/bookmarks/states?articles=1,,2'],
    ['SQL-ish', '/api/bookmarks/states?articles=1%20OR%201%3D1'],
    ['too long an id', `/api/bookmarks/states?articles=${'1'.repeat(65)}`],
    ['51 ids', `/api/bookmarks/states?articles=${Array.from({ length: 51 }, (_, i) => i + 1)}`],
    ['huge', `/api/bookmarks/states?articles=${'1,'.repeat(3000)}1`],
    ['with another parameter', '/api/bookmarks/states?articles=1&user=2'],
  ])('articles that are %s answer 400 with a JSON error', async (_name, path) => {
    for (const actor of [undefined, 'readerA'] as const) {
      const response = await api(path, { as: actor })
      expect(response.status).toBe(400)
      expect(typeof response.body.error).toBe('string')
    }
  })

  test('50 ids, a feed page and more, are answered', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => 900000 + i)
    expect((await states(ids, 'readerA')).status).toBe(200)
  })
})

describe('DELETE /api/bookmarks/:id', () => {
  test('a stranger cannot delete the bookmark, which stays', async () => {
    const { article, bookmark } = await bookmarkOfReaderA()
    for (const actor of ['readerB', undefined] as const) {
      const response = await api(`/api/bookmarks/${bookmark.id}`, { method: 'DELETE', as: actor })
      expect([403, 404]).toContain(response.status)
    }
    const still = await payload.findByID({ collection: 'bookmarks', id: bookmark.id, depth: 0 })
    expect(String(still.article)).toBe(String(article.id))
    expect((await status(article.id, 'readerA')).body.bookmarked).toBe(true)
  })

  test('the owner deletes it, after which the status says so', async () => {
    const { article, bookmark } = await bookmarkOfReaderA()
    const response = await api(`/api/bookmarks/${bookmark.id}`, { method: 'DELETE', as: 'readerA' })
    expect(response.status).toBe(200)
    expect((await status(article.id, 'readerA')).body).toEqual({
      loggedIn: true,
      bookmarked: false,
      bookmarkId: null,
    })
  })
})
