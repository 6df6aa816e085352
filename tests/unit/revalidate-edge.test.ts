/**
 * revalidateCacheTags with edge paths: Next's tags are expired first, the edge is asked to renew
 * the pages only afterwards (inside after(), once the response is sent), and again after the
 * follow-up expiry; and which pages the article and tag hooks list. next/cache, next/server and
 * the hooks' Payload are stand-ins; the refresh listener is a local HTTP server.
 */
import { jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { articleApiPaths, tagApiPaths } from '@/lib/edge/apiPaths'
import { inEveryEdition } from '@/lib/edge/editionPaths'

const events: string[] = []
const pending: (() => Promise<void>)[] = []

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: (tag: string) => void events.push(`expire ${tag}`),
}))
jest.unstable_mockModule('next/server', () => ({
  after: (task: () => Promise<void>) => void pending.push(task),
}))

const listener = http.createServer((request, response) => {
  events.push(`refresh ${request.url} ${request.headers['accept-encoding'] ?? 'identity'}`)
  response.end('page')
})

beforeAll(async () => {
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  // Read once by lib/env, on the first getEnv() below.
  process.env.EDGE_REFRESH_URL = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
})
afterAll(async () => {
  delete process.env.EDGE_REFRESH_URL
  await new Promise((resolve) => listener.close(resolve))
})

test('the edge is renewed after each expiry, never before', async () => {
  const { revalidateCacheTags, FOLLOW_UP_EXPIRY_MS } = await import('@/lib/revalidate')
  await revalidateCacheTags(['article-lists'], undefined, { edgePaths: ['/'] })
  // Before the response is sent: only the expiry.
  expect(events).toEqual(['expire article-lists'])
  expect(pending).toHaveLength(1)

  const startedAt = Date.now()
  await pending[0]!()
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(FOLLOW_UP_EXPIRY_MS - 50)
  // Every edition's home page, in both encodings, after each expiry.
  const homes = ['/', '/zh-tw', '/en']
    .flatMap((path) => [`refresh ${path} gzip`, `refresh ${path} identity`])
    .sort()
  expect(events).toHaveLength(2 + 2 * homes.length)
  expect(events[0]).toBe('expire article-lists')
  expect(events.slice(1, 1 + homes.length).sort()).toEqual(homes)
  expect(events[1 + homes.length]).toBe('expire article-lists')
  expect(events.slice(2 + homes.length).sort()).toEqual(homes)
})

test('without edge paths only the tags are expired', async () => {
  const { revalidateCacheTags } = await import('@/lib/revalidate')
  events.length = 0
  pending.length = 0
  await revalidateCacheTags(['coins'])
  await pending[0]!()
  expect(events).toEqual(['expire coins', 'expire coins'])
})

describe('the article and tag hooks renew what a reader would look at', () => {
  type THookArgs = Parameters<
    typeof import('@/collections/hooks/revalidatePortal').revalidateArticleAfterChange
  >[0]
  const tags = [
    { id: 1, slug: 'defi' },
    { id: 2, slug: 'nft' },
  ]
  const lookups: unknown[] = []
  /** `live`: the live (main) document's status after the save, as liveChangeOfSave reads it. */
  const fakeRequest = (context: Record<string, unknown> = {}, live: string | null = null) => ({
    context,
    payload: {
      db: { findOne: async () => (live === null ? null : { _status: live }) },
      find: async ({ where }: { where: { id: { in: number[] } } }) => {
        lookups.push(where.id.in)
        return { docs: tags.filter((tag) => where.id.in.includes(tag.id)) }
      },
      logger: { warn: () => undefined, debug: () => undefined },
    },
  })

  /** Runs a hook as Payload would, then what it left for after the response; the paths renewed. */
  async function renewedBy(run: () => Promise<unknown>): Promise<string[]> {
    events.length = 0
    pending.length = 0
    lookups.length = 0
    await run()
    for (const task of pending) await task()
    const refreshed = events
      .filter((event) => event.startsWith('refresh ') && event.endsWith(' gzip'))
      .map((event) => event.split(' ')[1]!)
    // Renewed twice (after the expiry and after the follow-up), each time in both encodings.
    const once = refreshed.slice(0, refreshed.length / 2)
    expect(refreshed.slice(once.length).sort()).toEqual([...once].sort())
    expect(events.filter((event) => event.endsWith(' identity'))).toHaveLength(refreshed.length)
    return [...once].sort()
  }

  test('publishing: home, the article, its tags’ feeds and RSS (tag ids looked up once)', async () => {
    const { revalidateArticleAfterChange } = await import('@/collections/hooks/revalidatePortal')
    const paths = await renewedBy(() =>
      revalidateArticleAfterChange({
        doc: { slug: 'pectra-k3x9a2qp', _status: 'published', tags: [1, 2] },
        previousDoc: {},
        req: fakeRequest(),
      } as unknown as THookArgs),
    )
    expect(paths).toEqual(
      [
        ...inEveryEdition([
          '/',
          '/articles/pectra-k3x9a2qp',
          '/tag/defi',
          '/tag/nft',
          '/rss.xml',
          '/tag/defi/rss.xml',
          '/tag/nft/rss.xml',
        ]),
        ...articleApiPaths({ slugs: ['pectra-k3x9a2qp'], tagSlugs: ['defi', 'nft'] }),
      ].sort(),
    )
    expect(paths).toContain('/en/articles/pectra-k3x9a2qp')
    // The content API's lists and the article, as nginx keeps them for anonymous callers.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/articles',
        '/api/v1/articles?locale=en',
        '/api/v1/articles/pectra-k3x9a2qp',
        '/api/v1/articles?tag=defi',
        '/api/v1/articles?locale=zh-TW&tag=nft',
      ]),
    )
    expect(lookups).toEqual([[1, 2]])
  })

  test('an edit that changes slug and tags renews the old and new page and both tags’ feeds', async () => {
    const { revalidateArticleAfterChange } = await import('@/collections/hooks/revalidatePortal')
    const paths = await renewedBy(() =>
      revalidateArticleAfterChange({
        doc: { slug: 'new-slug', _status: 'published', tags: [{ id: 2, slug: 'nft' }] },
        previousDoc: { slug: 'old-slug', _status: 'published', tags: [1] },
        req: fakeRequest(),
      } as unknown as THookArgs),
    )
    expect(paths).toEqual(
      expect.arrayContaining(['/articles/new-slug', '/articles/old-slug', '/tag/defi', '/tag/nft']),
    )
  })

  test('unpublishing and deleting renew too; a draft that was never live touches nothing', async () => {
    const hooks = await import('@/collections/hooks/revalidatePortal')
    const live = { id: 7, slug: 'gone', _status: 'published', tags: [1] }
    const wasLive = { 'live:before:articles:7': 'published' }
    const unpublished = await renewedBy(() =>
      hooks.revalidateArticleAfterChange({
        doc: { ...live, _status: 'draft' },
        previousDoc: live,
        operation: 'update',
        req: fakeRequest(wasLive, 'draft'),
      } as unknown as THookArgs),
    )
    expect(unpublished).toContain('/articles/gone')
    const deleted = await renewedBy(() =>
      hooks.revalidateArticleAfterDelete({
        doc: live,
        req: fakeRequest(),
      } as unknown as Parameters<typeof hooks.revalidateArticleAfterDelete>[0]),
    )
    expect(deleted).toContain('/tag/defi')

    const draft = { id: 8, slug: 'draft', _status: 'draft', tags: [1] }
    expect(
      await renewedBy(() =>
        hooks.revalidateArticleAfterChange({
          doc: draft,
          previousDoc: draft,
          operation: 'update',
          req: fakeRequest({ 'live:before:articles:8': 'draft' }, 'draft'),
        } as unknown as THookArgs),
      ),
    ).toEqual([])
    expect(events).toEqual([])
    expect(lookups).toEqual([])
  })

  test('a draft saved or autosaved over a live article touches nothing, though previousDoc was live', async () => {
    const hooks = await import('@/collections/hooks/revalidatePortal')
    const live = { id: 9, slug: 'live', _status: 'published', tags: [1] }
    expect(
      await renewedBy(() =>
        hooks.revalidateArticleAfterChange({
          doc: { ...live, _status: 'draft' },
          previousDoc: live,
          operation: 'update',
          req: fakeRequest({ 'live:before:articles:9': 'published' }, 'published'),
        } as unknown as THookArgs),
      ),
    ).toEqual([])
    expect(events).toEqual([])
  })

  test('seeds (disableRevalidate) touch nothing; a tag change renews the home feed only', async () => {
    const hooks = await import('@/collections/hooks/revalidatePortal')
    const live = { slug: 'seeded', _status: 'published', tags: [1] }
    expect(
      await renewedBy(() =>
        hooks.revalidateArticleAfterChange({
          doc: live,
          previousDoc: {},
          req: fakeRequest({ disableRevalidate: true }),
        } as unknown as THookArgs),
      ),
    ).toEqual([])
    expect(
      await renewedBy(() =>
        hooks.revalidateTagsAfterChange({
          doc: tags[0],
          previousDoc: {},
          req: fakeRequest(),
        } as unknown as THookArgs),
      ),
    ).toEqual(['/', '/en', '/zh-tw', ...tagApiPaths()].sort())
  })

  test('a 快讯 change renews /flash and the content API’s 快讯 list', async () => {
    const { revalidateFlashAfterChange } = await import('@/collections/hooks/revalidateFlashes')
    const paths = await renewedBy(() =>
      revalidateFlashAfterChange({
        doc: { id: 7, _status: 'published' },
        previousDoc: {},
        req: fakeRequest(),
      } as unknown as THookArgs),
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        '/flash',
        '/flash/7',
        '/api/v1/flashes',
        '/api/v1/flashes?locale=zh-TW',
        '/api/v1/flashes?locale=en',
      ]),
    )
  })
})
