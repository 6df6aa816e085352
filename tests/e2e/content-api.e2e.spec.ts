/**
 * The content API (/api/v1, docs/api.md) on the production server (server.ts with its page
 * cache, Next's cached reads): ETag and 304, anonymous answers kept by the page cache and keyed
 * ones never, and a story published through the REST API listed by /api/v1/articles within a
 * second, through the page cache.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { newApiKey } from '@/lib/apiKeys/secret'
import { ZApiArticlePage } from '@/lib/contentApi/schemas/shapes'
import { PAGE_CACHE_HEADER } from '@/lib/pageCache/handler'
import { demoAccounts } from '@/lib/seed/accounts'
import { lexicalFromBlocks } from '@/lib/seed/lexical'
import { attachPayloadTo } from '@/tests/helpers/payload'
import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { loginCookieFor } from '@/tests/helpers/restClient'

let server: TProductionServer
let databaseDirectory = ''
let localApi: Payload
let editorCookie = ''

const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

beforeAll(async () => {
  databaseDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-content-api-'))
  const databaseUri = `file:${path.join(databaseDirectory, 'e2e.db')}`
  server = await startProductionServer({ DATABASE_URI: databaseUri })
  localApi = await attachPayloadTo(databaseUri)
  editorCookie = await loginCookieFor(server.baseUrl, editor)
})
afterAll(async () => {
  await localApi?.destroy()
  await server?.stop()
  await rm(databaseDirectory, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers })

test('ETag and 304; anonymous answers come from the page cache, keyed ones never', async () => {
  const first = await get('/api/v1/articles')
  expect(first.status).toBe(200)
  ZApiArticlePage.parse(await first.json())
  const etag = first.headers.get('etag')!
  expect(etag).toBeTruthy()
  const again = await get('/api/v1/articles')
  expect(again.headers.get(PAGE_CACHE_HEADER)).toBe('HIT')
  expect(again.headers.get('etag')).toBe(etag)
  const notModified = await get('/api/v1/articles', { 'if-none-match': etag })
  expect(notModified.status).toBe(304)
  expect(await notModified.text()).toBe('')

  const { key, prefix, hash } = newApiKey()
  await localApi.create({
    collection: 'api-keys',
    data: { name: 'e2e', keyHash: hash, keyPrefix: prefix, rateLimitPerMinute: 600 },
    overrideAccess: true,
  })
  for (let i = 0; i < 2; i++) {
    const keyed = await get('/api/v1/articles', { 'x-api-key': key })
    expect(keyed.status).toBe(200)
    expect(keyed.headers.get(PAGE_CACHE_HEADER)).toBeNull()
    expect(keyed.headers.get('cache-control')).toBe('private, no-cache')
  }
  expect((await get('/api/v1/articles', { 'x-api-key': `${key.slice(0, -1)}x` })).status).toBe(401)
  // The rest of /api is still never kept.
  await get('/api/health')
  expect((await get('/api/health')).headers.get(PAGE_CACHE_HEADER)).toBeNull()
})

test('a published story is listed by /api/v1/articles within a second, through the page cache', async () => {
  for (let i = 0; i < 2; i++) await get('/api/v1/articles?limit=5')
  expect((await get('/api/v1/articles?limit=5')).headers.get(PAGE_CACHE_HEADER)).toBe('HIT')
  const created = await fetch(`${server.baseUrl}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: editorCookie, origin: server.baseUrl },
    body: JSON.stringify({
      title: '接口发布 API publish',
      summary: '内容接口应在一秒内看到。',
      body: lexicalFromBlocks([{ type: 'p', text: '正文' }]),
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  const started = Date.now()
  let seenAfter = -1
  while (Date.now() - started < 5000) {
    const page = ZApiArticlePage.parse(await (await get('/api/v1/articles?limit=5')).json())
    if (page.items[0]?.title === '接口发布 API publish') {
      seenAfter = Date.now() - started
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(seenAfter).toBeGreaterThanOrEqual(0)
  expect(seenAfter).toBeLessThanOrEqual(1000)
  const { slug } = (await created.json()).doc
  expect((await get(`/api/v1/articles/${slug}`)).status).toBe(200)
})
