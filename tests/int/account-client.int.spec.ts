/**
 * The browser-side account helpers (lib/account) against Payload's real REST answers: they rely on
 * response shapes and messages that only the server can confirm. `fetch` is pointed at a loopback
 * server and given the cookie and Origin a browser on the portal would send.
 */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { loginCookieOf, SITE_ORIGIN } from '@/tests/helpers/restClient'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'
import { createBookmark, deleteBookmark, fetchBookmarkState } from '@/lib/account/bookmarks'
import { fetchMyBookmarks } from '@/lib/account/myBookmarks'
import { registerErrorsFromServer } from '@/lib/account/registerErrors'
import { fetchCurrentUser, logIn, register } from '@/lib/account/session'

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const realFetch = globalThis.fetch
/** The cookie jar of the one "browser" these tests drive. */
let browserCookie = ''

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers)
    headers.set('origin', SITE_ORIGIN)
    if (browserCookie) headers.set('cookie', browserCookie)
    const response = await realFetch(`${server.baseUrl}${String(input)}`, { ...init, headers })
    const token = loginCookieOf(response.headers)
    if (token) browserCookie = token
    return response
  }
})
afterAll(async () => {
  globalThis.fetch = realFetch
  await server?.close()
  await context?.cleanup()
})
beforeEach(() => {
  browserCookie = ''
})

describe('session helpers', () => {
  test('a visitor is null; after logIn the user is known', async () => {
    expect(await fetchCurrentUser()).toBeNull()
    expect(await logIn(actors.readerA.email, TEST_PASSWORD)).toBe('ok')
    expect(await fetchCurrentUser()).toEqual({
      id: String(actors.readerA.id),
      displayName: 'Reader A',
      email: actors.readerA.email,
    })
  })

  test('wrong passwords are wrong credentials, like an unknown address, and lock nobody out', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'lock-me@test.local', password: TEST_PASSWORD, displayName: '锁' },
      overrideAccess: true,
    })
    expect(await logIn('nobody@test.local', 'wrong-password')).toBe('wrong-credentials')
    expect(await logIn('lock-me@test.local', 'wrong-password')).toBe('wrong-credentials')
    for (let i = 0; i < 3; i++) await logIn('lock-me@test.local', 'wrong-password')
    expect(await logIn('lock-me@test.local', TEST_PASSWORD)).toBe('ok')
  })

  test('after five wrong passwords for one account from one client, logIn says to wait', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'slow-me@test.local', password: TEST_PASSWORD, displayName: '慢' },
      overrideAccess: true,
    })
    for (let i = 0; i < 5; i++) {
      expect(await logIn('slow-me@test.local', 'wrong-password')).toBe('wrong-credentials')
    }
    expect(await logIn('slow-me@test.local', 'wrong-password')).toBe('too-many')
    expect(await logIn('slow-me@test.local', TEST_PASSWORD)).toBe('too-many')
  })

  test('registering a taken email names the email field', async () => {
    const first = await register({
      displayName: '新读者',
      email: 'taken@test.local',
      password: 'password-123',
    })
    expect(first).toEqual({ ok: true })
    const again = await register({
      displayName: '又一个',
      email: 'taken@test.local',
      password: 'password-123',
    })
    expect(again.ok).toBe(false)
    if (again.ok) return
    expect(registerErrorsFromServer(again.fields).fieldErrors.email).toContain('该邮箱已注册')
  })
})

describe('bookmark helpers', () => {
  test('add, see in the list with the article fields, remove, remove again', async () => {
    const article = await makeArticle(payload, { title: '收藏测试 bookmark me' })
    await logIn(actors.readerB.email, TEST_PASSWORD)
    const articleId = String(article.id)
    expect(await fetchBookmarkState(articleId)).toEqual({ loggedIn: true, bookmarkId: null })

    const created = await createBookmark(articleId)
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(await fetchBookmarkState(articleId)).toEqual({
      loggedIn: true,
      bookmarkId: created.value,
    })
    expect(await createBookmark(articleId)).toEqual({ ok: false, reason: 'duplicate' })

    const list = await fetchMyBookmarks(String(actors.readerB.id))
    expect(list?.entries[0]).toEqual({
      id: created.value,
      createdAt: expect.any(String),
      article: {
        id: articleId,
        title: '收藏测试 bookmark me',
        slug: article.slug,
        summary: '测试摘要',
        publishedAt: expect.any(String),
      },
    })

    expect(await deleteBookmark(created.value)).toEqual({ ok: true, value: null })
    // Already gone (another tab): Payload answers 403 to a user; that still counts as removed.
    expect(await deleteBookmark(created.value)).toEqual({ ok: true, value: null })
    expect(await fetchBookmarkState(articleId)).toEqual({ loggedIn: true, bookmarkId: null })
  })

  test('a visitor is sent to log in for every write', async () => {
    const article = await makeArticle(payload)
    expect(await fetchBookmarkState(String(article.id))).toEqual({ loggedIn: false })
    expect(await createBookmark(String(article.id))).toEqual({ ok: false, reason: 'login' })
    expect(await deleteBookmark('1')).toEqual({ ok: false, reason: 'login' })
  })

  test('a draft cannot be bookmarked', async () => {
    const draft = await makeArticle(payload, { status: 'draft' })
    await logIn(actors.readerA.email, TEST_PASSWORD)
    expect(await createBookmark(String(draft.id))).toEqual({ ok: false, reason: 'gone' })
  })

  test("an admin's list holds only their own bookmarks, and newest first", async () => {
    const [older, newer, othersArticle] = await Promise.all([
      makeArticle(payload),
      makeArticle(payload),
      makeArticle(payload),
    ])
    await payload.create({
      collection: 'bookmarks',
      data: { user: actors.readerA.id, article: othersArticle.id },
      overrideAccess: true,
    })
    await logIn(actors.admin.email, TEST_PASSWORD)
    const first = await createBookmark(String(older.id))
    // Distinct createdAt stamps, so "newest first" has one right answer.
    await new Promise((resolve) => setTimeout(resolve, 10))
    const second = await createBookmark(String(newer.id))
    const list = await fetchMyBookmarks(String(actors.admin.id))
    expect(list?.entries.map((entry) => entry.id)).toEqual([
      second.ok && second.value,
      first.ok && first.value,
    ])
    expect(list?.total).toBe(2)
  })

  test('an unpublished article stays in the list as an entry without article data', async () => {
    const article = await makeArticle(payload)
    await logIn(actors.readerA.email, TEST_PASSWORD)
    const created = await createBookmark(String(article.id))
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const list = await fetchMyBookmarks(String(actors.readerA.id))
    const entry = list?.entries.find((item) => created.ok && item.id === created.value)
    expect(entry).toEqual({ id: expect.any(String), createdAt: expect.any(String), article: null })
  })
})
