/**
 * Autosave (lib/admin/livePreview.ts) writes a draft on every pause in typing, so it must cost a
 * draft write and nothing public: an editor's autosave over a published article or 快讯 expires
 * no cache tag, writes no audit event and leaves the published text (and its search hits) as
 * they were, while the draft carries the new text; publishing then does all of it. A
 * contributor's autosave, over real HTTP as the admin sends it, never publishes, even when its
 * body asks to. next/cache is a stand-in that records expired tags (outside Next the real one
 * refuses).
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'
import { makeArticle, makeFlash, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedNewsroomActors, type TNewsroomActors } from '@/tests/helpers/users'

const expired: string[] = []
jest.unstable_mockModule('next/cache', () => ({
  unstable_cache: (read: () => Promise<unknown>) => read,
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { parseSearchQuery } = await import('@/lib/search/query')
const { searchIndex } = await import('@/lib/search/searchIndex')

let context: TTestPayload
let payload: Payload
let server: TTestServer
let actors: TNewsroomActors
const { api, signIn } = createRestClient<'contributorA'>(() => server.baseUrl)

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  actors = await seedNewsroomActors(payload)
  server = await startRestServer(context.config)
  await signIn('contributorA', actors.contributorA.email)
})
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

const auditCount = async () =>
  (await payload.count({ collection: 'audit-events', overrideAccess: true })).totalDocs

async function articleHits(word: string) {
  const query = parseSearchQuery(word)
  if (!query.ok) throw new Error(`not a query: ${word}`)
  const page = await searchIndex(payload, {
    query: query.query,
    kind: 'article',
    language: 'zh',
    cursor: null,
    limit: 10,
  })
  return page.hits.map((hit) => hit.title)
}

/** As the admin's autosave: a draft update of the editor's form, `autosave` set. */
const autosave = (collection: 'articles' | 'flashes', id: number, data: Record<string, unknown>) =>
  payload.update({
    collection,
    id,
    data: { ...data, _status: 'draft' },
    draft: true,
    autosave: true,
    user: actors.editor,
    overrideAccess: false,
  })

test('an autosave over a published article touches nothing readers see; publishing does', async () => {
  const article = await makeArticle(payload, { title: 'Autosave Quasarword story' })
  expect(await articleHits('Quasarword')).toEqual(['Autosave Quasarword story'])
  expired.length = 0
  const audited = await auditCount()

  for (const title of ['Autosave Nebulaword', 'Autosave Nebulaword story'])
    await autosave('articles', article.id, { title })

  expect(expired).toEqual([])
  expect(await auditCount()).toBe(audited)
  const published = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
  expect(published.title).toBe('Autosave Quasarword story')
  const draft = await payload.findByID({
    collection: 'articles',
    id: article.id,
    depth: 0,
    draft: true,
  })
  expect(draft.title).toBe('Autosave Nebulaword story')
  expect(await articleHits('Nebulaword')).toEqual([])

  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { title: 'Autosave Nebulaword story', _status: 'published' },
    user: actors.editor,
    overrideAccess: false,
  })
  expect(expired.length).toBeGreaterThan(0)
  expect(await auditCount()).toBe(audited + 1)
  expect(await articleHits('Nebulaword')).toEqual(['Autosave Nebulaword story'])
})

test('an autosave over a published 快讯 expires nothing and leaves its text', async () => {
  const flash = await makeFlash(payload, { text: '已发布的快讯文本' })
  expired.length = 0
  const audited = await auditCount()
  await autosave('flashes', flash.id, { text: '自动保存的草稿文本' })
  expect(expired).toEqual([])
  expect(await auditCount()).toBe(audited)
  const published = await payload.findByID({ collection: 'flashes', id: flash.id, depth: 0 })
  expect(published.text).toBe('已发布的快讯文本')
})

test("a contributor's autosave over HTTP stays a draft, even when its body says published", async () => {
  const created = await api('/api/articles?draft=true&depth=0', {
    method: 'POST',
    as: 'contributorA',
    json: { title: '撰稿人自动保存', summary: '摘要', body: sampleBody(), _status: 'draft' },
  })
  expect(created.status).toBe(201)
  const { id } = created.body.doc as Article
  const saved = await api(`/api/articles/${id}?autosave=true&draft=true&depth=0`, {
    method: 'PATCH',
    as: 'contributorA',
    json: { title: '撰稿人自动保存 第二版', _status: 'published' },
  })
  expect(saved.status).toBeLessThan(500)
  const published = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
  })
  expect(published.totalDocs).toBe(0)
  const main = await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    overrideAccess: true,
  })
  expect(main._status).toBe('draft')
})
