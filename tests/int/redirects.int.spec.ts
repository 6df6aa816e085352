/**
 * URLs that last (collections/Redirects): a published article's slug change keeps the old URL as
 * a redirect to the article; a draft-only change records nothing until it is published; chains of
 * renames collapse; a redirect yields to an article that takes its slug again, so nothing loops;
 * editors manage redirects over REST, nobody else reads them. Over real HTTP, the production
 * server's wrapper (lib/redirects/movedArticles.ts) answers 301 with the query string, in every
 * edition, in front of a stand-in for Next's article page that asks the same look-up the page asks
 * on a miss. next/cache is a stand-in that records the tags expired (outside Next the real one
 * refuses).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors, type TActors } from '@/tests/helpers/users'
import { localizedPath } from '@/lib/i18n/locales'
import type { Article } from '@/payload-types'

const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => void expired.push(tag),
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { findArticleRedirect } = await import('@/lib/queries/findRedirect')
const { articlePathOf, withMovedArticles } = await import('@/lib/redirects/movedArticles')

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TActors
const { api, signIn } = createRestClient<'editor' | 'admin' | 'readerA'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedActors(payload)
  server = await startRestServer(context.config)
  for (const name of ['editor', 'admin', 'readerA'] as const) await signIn(name, actors[name].email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

let counter = 0
const slugNamed = (name: string) => `${name}-${(counter += 1)}-${Date.now().toString(36)}`

/** The editor's publish of a new slug, as the admin's 发布修改 sends it. */
const publishSlug = (article: Pick<Article, 'id'>, slug: string) =>
  api(`/api/articles/${article.id}`, {
    method: 'PATCH',
    as: 'editor',
    json: { slug, _status: 'published' },
  })

const redirectsFrom = async (from: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

async function articleAt(name: string) {
  const article = await makeArticle(payload)
  const slug = slugNamed(name)
  expect((await publishSlug(article, slug)).status).toBe(200)
  return { ...article, slug }
}

describe('recording', () => {
  test('a published slug change leaves the old URL leading to the article', async () => {
    const article = await articleAt('before')
    const renamed = slugNamed('after')
    expired.length = 0
    expect((await publishSlug(article, renamed)).status).toBe(200)

    const [redirect] = await redirectsFrom(article.slug)
    expect(redirect?.to).toBe(article.id)
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBe(renamed)
    // The old URL's cached page and every redirect read are expired at once.
    expect(expired).toEqual(
      expect.arrayContaining(['redirects', `article:${article.slug}`, `article:${renamed}`]),
    )
  })

  test('a draft-only slug change records nothing until it is published', async () => {
    const article = await articleAt('live')
    const drafted = slugNamed('drafted')
    const draft = await api(`/api/articles/${article.id}?draft=true`, {
      method: 'PATCH',
      as: 'editor',
      json: { slug: drafted, _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect(await redirectsFrom(article.slug)).toHaveLength(0)
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBeNull()

    // 发布修改 publishes the draft, whose slug is the new one: now the old URL moves.
    const published = await api(`/api/articles/${article.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.doc.slug).toBe(drafted)
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBe(drafted)
  })

  test('an unpublished or never-published article records nothing', async () => {
    const draft = await makeArticle(payload, { status: 'draft' })
    const first = slugNamed('draft-one')
    await api(`/api/articles/${draft.id}?draft=true`, {
      method: 'PATCH',
      as: 'editor',
      json: { slug: first, _status: 'draft' },
    })
    // Its first publish, under another slug than the draft had: the draft's was never public.
    const publishedSlug = slugNamed('first-public')
    expect((await publishSlug(draft, publishedSlug)).status).toBe(200)
    const toIt = await payload.count({
      collection: 'redirects',
      where: { to: { equals: draft.id } },
      overrideAccess: true,
    })
    expect(toIt.totalDocs).toBe(0)
  })
})

describe('chains and loops', () => {
  test('A → B then B → C leads both A and B straight to C', async () => {
    const article = await articleAt('chain-a')
    const b = slugNamed('chain-b')
    const c = slugNamed('chain-c')
    await publishSlug(article, b)
    await publishSlug(article, c)
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBe(c)
    await expect(findArticleRedirect(payload, b)).resolves.toBe(c)
  })

  test('renaming back to an old slug removes that redirect: no loop', async () => {
    const article = await articleAt('back-a')
    const b = slugNamed('back-b')
    await publishSlug(article, b)
    expect(await redirectsFrom(article.slug)).toHaveLength(1)
    await publishSlug(article, article.slug)
    expect(await redirectsFrom(article.slug)).toHaveLength(0)
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBeNull()
    await expect(findArticleRedirect(payload, b)).resolves.toBe(article.slug)
  })

  test('another article published at an old slug takes it over', async () => {
    const moved = await articleAt('taken')
    await publishSlug(moved, slugNamed('taken-new'))
    expect(await redirectsFrom(moved.slug)).toHaveLength(1)
    const newcomer = await makeArticle(payload)
    expect((await publishSlug(newcomer, moved.slug)).status).toBe(200)
    expect(await redirectsFrom(moved.slug)).toHaveLength(0)
  })

  test('a redirect to an unpublished article leads nowhere; deleting the article removes it', async () => {
    const article = await articleAt('gone')
    const renamed = slugNamed('gone-new')
    await publishSlug(article, renamed)
    await api(`/api/articles/${article.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { _status: 'draft' },
    })
    await expect(findArticleRedirect(payload, article.slug)).resolves.toBeNull()
    expect(
      (await api(`/api/articles/${article.id}`, { method: 'DELETE', as: 'editor' })).status,
    ).toBe(200)
    expect(await redirectsFrom(article.slug)).toHaveLength(0)
  })
})

describe('managing redirects over REST', () => {
  test('an editor adds one from a pasted URL; readers and visitors read none', async () => {
    const article = await articleAt('manual-target')
    const old = slugNamed('manual-old')
    const created = await api('/api/redirects', {
      method: 'POST',
      as: 'editor',
      json: { from: `https://news.example/en/articles/${old}?utm_source=x`, to: article.id },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.from).toBe(old)
    await expect(findArticleRedirect(payload, old)).resolves.toBe(article.slug)

    expect((await api('/api/redirects', { as: 'editor' })).body.totalDocs).toBeGreaterThan(0)
    for (const actor of ['readerA', undefined] as const) {
      const listed = await api('/api/redirects', { as: actor })
      expect(listed.status).toBe(403)
    }
    const one = await api(`/api/redirects/${created.body.doc.id}`)
    expect(one.status).toBe(403)
  })

  test('a redirect from the article’s own slug is refused with a message on the field', async () => {
    const article = await articleAt('self')
    const refused = await api('/api/redirects', {
      method: 'POST',
      as: 'admin',
      json: { from: article.slug, to: article.id },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('from')
  })
})

describe('over HTTP: 301 with the query string, in every edition', () => {
  let portal: { baseUrl: string; close: () => Promise<void> }

  /**
   * What Next's article page does (app/(frontend)/[edition]/articles/[slug]/page.tsx): the article
   * when there is one, else the redirect's page in the same edition as a 308 without the query
   * string, as Next sends it, else 404.
   */
  const standInForNext = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const page = articlePathOf(new URL(request.url ?? '/', 'http://x').pathname)
    if (!page) return response.writeHead(404).end()
    const live = await payload.find({
      collection: 'articles',
      where: { slug: { equals: page.slug } },
      limit: 1,
      depth: 0,
    })
    if (live.docs.length) return response.writeHead(200, { 'content-type': 'text/html' }).end('ok')
    const target = await findArticleRedirect(payload, page.slug)
    if (!target) return response.writeHead(404).end()
    response.statusCode = 308
    // As Next 16 sends it: Location twice, and the page's own cache lifetime.
    const location = localizedPath(page.locale, `/articles/${target}`)
    response.setHeader('location', [location, location])
    response.setHeader('cache-control', 's-maxage=3600, stale-while-revalidate=31532400')
    response.end(localizedPath(page.locale, `/articles/${target}`))
  }

  beforeAll(async () => {
    const handle = withMovedArticles((request, response) => void standInForNext(request, response))
    const listening = http.createServer((request, response) => handle(request, response))
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve))
    portal = {
      baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
      close: () => new Promise((resolve) => listening.close(() => resolve())),
    }
  })
  afterAll(() => portal?.close())

  test.each([
    ['', '?utm_source=newsletter&x=1'],
    ['/zh-tw', ''],
    ['/en', '?ref=a%20b'],
  ])('edition %s, query %s', async (prefix, query) => {
    const article = await articleAt('http-old')
    const renamed = slugNamed('http-new')
    await publishSlug(article, renamed)
    const answer = await fetch(`${portal.baseUrl}${prefix}/articles/${article.slug}${query}`, {
      redirect: 'manual',
    })
    expect(answer.status).toBe(301)
    expect(answer.headers.get('location')).toBe(`${prefix}/articles/${renamed}${query}`)
    // A shared cache may store it over the old page; browsers ask again next time.
    expect(answer.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60')
    const followed = await fetch(`${portal.baseUrl}${prefix}/articles/${article.slug}${query}`)
    expect(followed.status).toBe(200)
    expect(followed.url).toBe(`${portal.baseUrl}${prefix}/articles/${renamed}${query}`)
  })

  test('an unknown slug stays 404; a live article is served', async () => {
    const article = await articleAt('http-live')
    expect((await fetch(`${portal.baseUrl}/articles/${slugNamed('nobody')}`)).status).toBe(404)
    const live = await fetch(`${portal.baseUrl}/articles/${article.slug}`, { redirect: 'manual' })
    expect(live.status).toBe(200)
  })
})
