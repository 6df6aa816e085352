/**
 * The browser-side account helpers (lib/account) against Payload's real REST answers: they rely on
 * response shapes and messages that only the server can confirm. `fetch` is pointed at a loopback
 * server and given the cookie and Origin a browser on the portal would send.
 */
import type { Payload } from 'payload'

import { makeArticle, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { loginCookieOf, SITE_ORIGIN } from '@/tests/helpers/restClient'
import { seedActors, TEST_PASSWORD, type TActors } from '@/tests/helpers/users'
import { createBookmark, deleteBookmark, fetchBookmarkState } from '@/lib/account/bookmarks'
import { fetchMyBookmarks } from '@/lib/account/myBookmarks'
import { formMessage } from '@/lib/account/formMessages'
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
    expect(registerErrorsFromServer(again.fields).fieldErrors.email).toEqual(
      formMessage('emailTaken'),
    )
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

    const list = await fetchMyBookmarks('zh-CN')
    expect(list?.entries[0]).toEqual({
      id: created.value,
      createdAt: expect.any(String),
      article: {
        id: articleId,
        title: '收藏测试 bookmark me',
        slug: article.slug,
        summary: '测试摘要',
        publishedAt: expect.any(String),
        edition: 'zh-CN',
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
    const list = await fetchMyBookmarks('zh-CN')
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
    const list = await fetchMyBookmarks('zh-CN')
    const entry = list?.entries.find((item) => created.ok && item.id === created.value)
    expect(entry).toEqual({ id: expect.any(String), createdAt: expect.any(String), article: null })
  })

  test('the list is in the page edition: 繁體 converted, English only where a version exists', async () => {
    const converted = await makeArticle(payload, { title: '数据显示质押收益上升' })
    const translated = await makeArticle(payload, { title: '以太坊开发者会议' })
    await payload.update({
      collection: 'articles',
      id: translated.id,
      locale: 'en',
      data: { title: 'Ethereum developers meet', summary: 'In English', body: sampleBody() },
      overrideAccess: true,
    })
    await logIn(actors.readerB.email, TEST_PASSWORD)
    for (const article of [converted, translated]) await createBookmark(String(article.id))
    const titles = async (locale: 'zh-TW' | 'en') => {
      const list = await fetchMyBookmarks(locale)
      const ids = new Set([String(converted.id), String(translated.id)])
      return list?.entries
        .filter((entry) => ids.has(String(entry.article?.id)))
        .map((entry) => [entry.article?.title, entry.article?.edition])
    }
    expect(await titles('zh-TW')).toEqual([
      ['以太坊開發者會議', 'zh-TW'],
      ['資料顯示質押收益上升', 'zh-TW'],
    ])
    // An article without an English version is listed, and linked, in zh-CN.
    expect(await titles('en')).toEqual([
      ['Ethereum developers meet', 'en'],
      ['数据显示质押收益上升', 'zh-CN'],
    ])
  })

  test('GET /api/bookmarks/mine refuses a visitor and any other parameter', async () => {
    const visitor = await fetch('/api/bookmarks/mine')
    expect(visitor.status).toBe(401)
    expect(visitor.headers.get('cache-control')).toContain('no-store')
    await logIn(actors.readerA.email, TEST_PASSWORD)
    for (const query of ['locale=fr', 'locale=zh-cn', 'user=1', 'limit=1000']) {
      const refused = await fetch(`/api/bookmarks/mine?${query}`)
      expect({ query, status: refused.status }).toEqual({ query, status: 400 })
      expect((await refused.json()).error).toEqual(expect.any(String))
    }
  })
})
