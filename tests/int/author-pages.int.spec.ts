/**
 * Author pages (/authors/<slug>): the public profile is read only through lib/queries/findAuthors
 * and never reaches visitors or readers over REST or GraphQL; only staff have a page; slugs are
 * unique and URL-safe; the author's articles page by cursor; an avatar becomes public with the
 * profile; a profile edit expires the author pages' cache tag. next/cache is a stand-in that
 * records the tags expired (outside Next the real one refuses).
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { makeArticle, makeMedia, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { ZCursorSchema } from '@/lib/queries/cursor'

const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => void expired.push(tag),
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { findAuthorBySlug, findBylineCredits, findAuthorSlugs } =
  await import('@/lib/queries/findAuthors')
const { findAuthorArticles, cursorNamesAuthorArticle } =
  await import('@/lib/queries/findAuthorArticles')

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'readerA' | 'editor'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  await payload.update({
    collection: 'users',
    id: actors.editor.id,
    data: { profileSlug: 'editor-page', bio: '关注 DeFi 的编辑。' },
    overrideAccess: true,
  })
  // A reader given a slug behind the admin's back (or an editor later demoted): still no page.
  await payload.update({
    collection: 'users',
    id: actors.readerA.id,
    data: { profileSlug: 'reader-page' },
    overrideAccess: true,
  })
  server = await startRestServer(context.config)
  for (const name of ['readerA', 'editor'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const PRIVATE = /@test\.local|"email"|"roles"|"hash"|"salt"|"sessions"|resetPassword/

async function articleBy(
  authorIds: number | string | (number | string)[],
  options: { publishedAt?: string; status?: 'draft' | 'published'; byline?: string } = {},
) {
  const article = await makeArticle(payload, {
    publishedAt: options.publishedAt,
    status: options.status,
  })
  return payload.update({
    collection: 'articles',
    id: article.id,
    draft: options.status === 'draft',
    data: {
      authors: (Array.isArray(authorIds) ? authorIds : [authorIds]) as number[],
      byline: options.byline ?? '',
    },
    overrideAccess: true,
  })
}

describe('nothing private leaks', () => {
  test('REST: visitors and readers cannot find staff accounts by their profile', async () => {
    const visitor = await api('/api/users?where[profileSlug][equals]=editor-page')
    expect(visitor.status).toBe(403)
    expect(JSON.stringify(visitor.body)).not.toMatch(PRIVATE)
    const reader = await api('/api/users?where[profileSlug][equals]=editor-page', {
      as: 'readerA',
    })
    expect(reader.body.docs ?? []).toEqual([])
    const byId = await api(`/api/users/${actors.editor.id}`, { as: 'readerA' })
    expect([403, 404]).toContain(byId.status)
    expect(JSON.stringify(byId.body)).not.toContain('editor@test.local')
  })

  test('REST: an article read at depth 2 names no account', async () => {
    const article = await articleBy(actors.editor.id)
    const read = await api(`/api/articles/${article.id}?depth=2`, { as: 'readerA' })
    expect(read.status).toBe(200)
    expect(read.body.authors).toBeUndefined()
    expect(JSON.stringify(read.body)).not.toMatch(PRIVATE)
  })

  test('GraphQL: visitors and readers get no account, by list or by id', async () => {
    const query = `{ Users(where: { profileSlug: { equals: "editor-page" } }) { docs { email profileSlug bio } }
      User(id: ${JSON.stringify(actors.editor.id)}) { email } }`
    for (const as of [undefined, 'readerA'] as const) {
      const answer = await api('/api/graphql', { method: 'POST', json: { query }, as })
      const text = JSON.stringify(answer.body)
      expect(text).not.toContain('editor@test.local')
      expect(text).not.toContain('editor-page')
      expect(answer.body?.data?.User ?? null).toBeNull()
    }
  })

  test('the profile read returns the public fields and nothing else', async () => {
    const author = await findAuthorBySlug({ payload, slug: 'editor-page', locale: 'zh-CN' })
    expect(author).toEqual({
      id: String(actors.editor.id),
      slug: 'editor-page',
      name: 'Editor',
      bio: '关注 DeFi 的编辑。',
      avatar: null,
    })
    expect(JSON.stringify(author)).not.toMatch(PRIVATE)
  })

  test('繁體 gets the bio converted', async () => {
    const author = await findAuthorBySlug({ payload, slug: 'editor-page', locale: 'zh-TW' })
    expect(author?.bio).toBe('關注 DeFi 的編輯。')
  })
})

describe('only staff have a page', () => {
  test("a reader's slug names no page, and it is not in the sitemap", async () => {
    expect(await findAuthorBySlug({ payload, slug: 'reader-page', locale: 'zh-CN' })).toBeNull()
    const slugs = await findAuthorSlugs(payload)
    expect(slugs).toContain('editor-page')
    expect(slugs).not.toContain('reader-page')
  })

  test('a reader cannot give itself a slug, bio or avatar', async () => {
    const media = await makeMedia(payload)
    const updated = await payload.update({
      collection: 'users',
      id: actors.readerA.id,
      data: { profileSlug: 'my-own-page', bio: '我想要主页', avatar: media.id },
      overrideAccess: false,
      user: { ...actors.readerA, collection: 'users' },
    })
    expect(updated.profileSlug).toBe('reader-page')
    expect(updated.bio ?? null).toBeNull()
    expect(updated.avatar ?? null).toBeNull()
  })

  test('an editor demoted to reader loses the page', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'demoted@test.local',
        password: 'password-123-x',
        displayName: '前编辑',
        roles: ['editor'],
        profileSlug: 'former-editor',
      },
      overrideAccess: true,
    })
    expect(
      await findAuthorBySlug({ payload, slug: 'former-editor', locale: 'zh-CN' }),
    ).not.toBeNull()
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { roles: ['reader'] },
      overrideAccess: true,
    })
    expect(await findAuthorBySlug({ payload, slug: 'former-editor', locale: 'zh-CN' })).toBeNull()
  })
})

describe('profile fields', () => {
  const saveAs = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'users',
      id: actors.admin.id,
      data,
      overrideAccess: false,
      user: { ...actors.admin, collection: 'users' },
    })

  test('a slug is unique', async () => {
    await expect(saveAs({ profileSlug: 'editor-page' })).rejects.toMatchObject({ status: 400 })
  })

  test.each(['Editor Page', 'editor_page', '编辑', '-edge-', 'a'.repeat(97)])(
    'a slug must be URL-safe: %s is refused',
    async (profileSlug) => {
      await expect(saveAs({ profileSlug })).rejects.toMatchObject({ status: 400 })
    },
  )

  test('the bio has a length limit', async () => {
    await expect(saveAs({ bio: '长'.repeat(281) })).rejects.toMatchObject({ status: 400 })
  })

  test('several staff may have no slug (empty is not a duplicate)', async () => {
    await saveAs({ profileSlug: '' })
    const other = await payload.create({
      collection: 'users',
      data: {
        email: 'nopage@test.local',
        password: 'password-123-x',
        displayName: '无主页',
        roles: ['editor'],
        profileSlug: '',
      },
      overrideAccess: true,
    })
    expect(other.profileSlug ?? null).toBeNull()
  })

  test('an avatar becomes visible to visitors with the profile', async () => {
    const media = await makeMedia(payload)
    expect(media.visibleToVisitors).toBe(false)
    await saveAs({ profileSlug: 'the-admin', avatar: media.id })
    const author = await findAuthorBySlug({ payload, slug: 'the-admin', locale: 'en' })
    expect(author?.avatar?.url).toMatch(/^\/api\/media\/file\//)
    const file = await fetch(`${server.baseUrl}${author?.avatar?.url}`)
    expect(file.status).toBe(200)
  })
})

describe("the author's articles", () => {
  let authorId: string
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3600_000).toISOString()

  beforeAll(async () => {
    const author = await payload.create({
      collection: 'users',
      data: {
        email: 'writer@test.local',
        password: 'password-123-x',
        displayName: '作者甲',
        roles: ['editor'],
        profileSlug: 'writer',
      },
      overrideAccess: true,
    })
    authorId = String(author.id)
  })

  test('published only, newest first, paged by cursor; a cursor of another author is not known', async () => {
    const oldest = await articleBy(authorId, { publishedAt: at(30) })
    const middle = await articleBy(authorId, { publishedAt: at(20) })
    const newest = await articleBy(authorId, { publishedAt: at(10) })
    await articleBy(authorId, { status: 'draft' })
    const someoneElses = await articleBy(actors.editor.id, { publishedAt: at(15) })

    const first = await findAuthorArticles({ payload, locale: 'zh-CN', authorId, limit: 2 })
    expect(first.items.map((item) => item.id)).toEqual([String(newest.id), String(middle.id)])
    expect(first.nextCursor).not.toBeNull()
    const cursor = ZCursorSchema.parse(first.nextCursor)
    expect(await cursorNamesAuthorArticle({ payload, authorId, cursor, locale: 'zh-CN' })).toBe(
      true,
    )
    const second = await findAuthorArticles({
      payload,
      locale: 'zh-CN',
      authorId,
      cursor,
      limit: 2,
    })
    expect(second.items.map((item) => item.id)).toEqual([String(oldest.id)])
    expect(second.nextCursor).toBeNull()

    const foreign: TFeedCursor = {
      publishedAt: new Date(someoneElses.publishedAt ?? ''),
      id: String(someoneElses.id),
    }
    expect(
      await cursorNamesAuthorArticle({ payload, authorId, cursor: foreign, locale: 'zh-CN' }),
    ).toBe(false)
    const madeUp: TFeedCursor = { publishedAt: new Date(), id: String(newest.id) }
    expect(
      await cursorNamesAuthorArticle({ payload, authorId, cursor: madeUp, locale: 'zh-CN' }),
    ).toBe(false)
  })

  test('English lists only the articles written in English', async () => {
    const english = await articleBy(authorId, { publishedAt: at(5) })
    await payload.update({
      collection: 'articles',
      id: english.id,
      locale: 'en',
      data: { title: 'Written in English', summary: 'An English summary', body: sampleBody() },
      overrideAccess: true,
    })
    const page = await findAuthorArticles({ payload, locale: 'en', authorId })
    expect(page.items.map((item) => item.title)).toEqual(['Written in English'])
    const chinese = await findAuthorArticles({ payload, locale: 'zh-CN', authorId })
    expect(chinese.items.length).toBeGreaterThan(1)
  })

  test('the byline links to the author only when it is theirs and published', async () => {
    const own = await articleBy(authorId)
    const credited = await articleBy(authorId, { byline: '路透社' })
    const draft = await articleBy(authorId, { status: 'draft' })
    const read = (article: { id: number | string }) =>
      findBylineCredits({ payload, articleId: String(article.id), locale: 'zh-CN' })
    expect(await read(own)).toEqual([{ name: '作者甲', slug: 'writer' }])
    expect(await read(credited)).toEqual([{ name: '路透社', slug: null }])
    expect(await read(draft)).toEqual([])
  })

  test('an article by two authors is on both pages, its byline their names in order', async () => {
    const written = await articleBy([actors.editor.id, authorId], { publishedAt: at(1) })
    expect(written.byline).toBe('Editor、作者甲')
    for (const id of [authorId, String(actors.editor.id)]) {
      const page = await findAuthorArticles({ payload, locale: 'zh-CN', authorId: id })
      expect(page.items.map((item) => item.id)).toContain(String(written.id))
      const cursor = { publishedAt: new Date(written.publishedAt ?? ''), id: String(written.id) }
      expect(
        await cursorNamesAuthorArticle({ payload, authorId: id, cursor, locale: 'zh-CN' }),
      ).toBe(true)
    }
    expect(
      await findBylineCredits({ payload, articleId: String(written.id), locale: 'zh-CN' }),
    ).toEqual([
      { name: 'Editor', slug: 'editor-page' },
      { name: '作者甲', slug: 'writer' },
    ])
    // Reordered: the byline made from the names follows; a typed one would stay.
    const reordered = await payload.update({
      collection: 'articles',
      id: written.id,
      data: { authors: [Number(authorId), actors.editor.id as number] },
      overrideAccess: true,
    })
    expect(reordered.byline).toBe('作者甲、Editor')
  })
})

describe('cache expiry', () => {
  test('editing a bio expires the author pages; a password change does not', async () => {
    expired.length = 0
    await payload.update({
      collection: 'users',
      id: actors.editor.id,
      data: { bio: '新的简介' },
      overrideAccess: true,
    })
    expect(expired).toContain('authors')
    expired.length = 0
    await payload.update({
      collection: 'users',
      id: actors.editor.id,
      data: { password: 'another-password-123' },
      overrideAccess: true,
    })
    expect(expired).not.toContain('authors')
  })

  test("publishing the author's article expires the lists the author page reads", async () => {
    expired.length = 0
    await articleBy(actors.editor.id)
    expect(expired).toContain('article-lists')
  })
})
