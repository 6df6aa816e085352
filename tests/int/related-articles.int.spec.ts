/**
 * 相关文章 (collections/Articles/relatedArticles.ts): the desk's picks lead 更多新闻 in their order,
 * only when a visitor of the edition can open them, without duplicates; what the field refuses and
 * with which message (over Payload's REST, as the admin saves); the content API's `related`.
 * next/cache is a stand-in that keeps answers by key and tag (as content-api.int.spec.ts does), so
 * the test also shows that expiring `article-lists` is what renews the picks.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { makeArticle, makeTag, sampleBody } from '@/tests/helpers/fixtures'
import { startRestServer, type TTestServer } from '@/tests/helpers/httpServer'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { createRestClient } from '@/tests/helpers/restClient'
import { seedActors } from '@/tests/helpers/users'
import {
  RELATED_SELF_MESSAGE,
  RELATED_TOO_MANY_MESSAGE,
  RELATED_TWICE_MESSAGE,
} from '@/collections/Articles/relatedArticles'
import { ZApiArticle } from '@/lib/contentApi/schemas/shapes'
import { findRelatedArticles, pickedIdsOf } from '@/lib/queries/findArticles'

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

type TDoc = { id: number; slug: string; title: string }

let context: TTestPayload
let payload: Payload
let server: TTestServer
const { api, signIn } = createRestClient<'editor'>(() => server.baseUrl, {
  eachCallAnotherClient: true,
})
const base = Date.parse('2026-11-01T00:00:00.000Z')
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()

let tag: { id: number }
/** Ten published articles, oldest first; the picker is tagged like 0–2. */
const older: TDoc[] = []
let picker: TDoc
let draft: TDoc
let english: TDoc

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  await seedActors(payload)
  const { handleContentApi } = await import('@/lib/contentApi/handler')
  server = await startRestServer(context.config, {
    routes: [{ prefix: '/api/v1/', handle: handleContentApi }],
  })
  tag = await makeTag(payload)
  for (let i = 0; i < 10; i++)
    older.push(
      (await makeArticle(payload, {
        title: `旧文 ${i}`,
        publishedAt: at(i),
        tags: i < 3 ? [tag.id] : [],
      })) as TDoc,
    )
  draft = (await makeArticle(payload, { status: 'draft', title: '未发布的草稿' })) as TDoc
  english = (await makeArticle(payload, { title: '有英文版', publishedAt: at(11) })) as TDoc
  await payload.update({
    collection: 'articles',
    id: english.id,
    locale: 'en',
    data: { title: 'Has English', summary: 'In English', body: sampleBody() },
    overrideAccess: true,
  })
  picker = (await makeArticle(payload, {
    title: '挑选者',
    publishedAt: at(20),
    tags: [tag.id],
  })) as TDoc
  await signIn('editor', 'editor@test.local')
}, 60_000)
afterAll(async () => {
  await server?.close()
  await context?.cleanup()
})

/** Saves the picks as the admin does (REST PATCH as an editor); answers status and body. */
const pick = (id: number, related: number[]) =>
  api(`/api/articles/${id}`, { method: 'PATCH', as: 'editor', json: { related } })

const relatedOf = async (locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const article = await payload.findByID({ collection: 'articles', id: picker.id, depth: 0 })
  return findRelatedArticles({
    payload,
    locale,
    articleId: String(picker.id),
    tagIds: [String(tag.id)],
    pickedIds: pickedIdsOf(article),
  })
}
const titles = (cards: { title: string }[]) => cards.map((card) => card.title)

describe('更多新闻 with picks', () => {
  test('the picks come first in the desk’s order, then shared tags and the newest, no duplicates', async () => {
    // Without picks: the three other tag articles, newest first, then the newest of the rest.
    expect(titles(await relatedOf())).toEqual([
      '旧文 2',
      '旧文 1',
      '旧文 0',
      '有英文版',
      '旧文 9',
      '旧文 8',
    ])
    // 旧文 1 is picked and also shares the tag: it appears once, in its picked place.
    expect((await pick(picker.id, [older[4]!.id, older[1]!.id, older[7]!.id])).status).toBe(200)
    expect(titles(await relatedOf())).toEqual([
      '旧文 4',
      '旧文 1',
      '旧文 7',
      '旧文 2',
      '旧文 0',
      '有英文版',
    ])
  })

  test('an unpublished pick is skipped, and comes back when published again', async () => {
    expect((await pick(picker.id, [draft.id, older[5]!.id])).status).toBe(200)
    const shown = titles(await relatedOf())
    expect(shown[0]).toBe('旧文 5')
    expect(shown).not.toContain('未发布的草稿')
    // Unpublishing a picked article takes it out of the list the next time it is read.
    await payload.update({
      collection: 'articles',
      id: older[5]!.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(titles(await relatedOf())).not.toContain('旧文 5')
    await payload.update({
      collection: 'articles',
      id: older[5]!.id,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    expect(titles(await relatedOf())[0]).toBe('旧文 5')
  })

  test('in English only picks with an English version are shown', async () => {
    expect((await pick(picker.id, [older[3]!.id, english.id])).status).toBe(200)
    expect(titles(await relatedOf('en'))).toEqual(['Has English'])
    expect(titles(await relatedOf('zh-CN')).slice(0, 2)).toEqual(['旧文 3', '有英文版'])
  })

  test('deleting a picked article removes the pick and leaves the picker savable', async () => {
    const doomed = (await makeArticle(payload, { title: '将被删除', publishedAt: at(5) })) as TDoc
    expect((await pick(picker.id, [doomed.id, older[6]!.id])).status).toBe(200)
    await payload.delete({ collection: 'articles', id: doomed.id, overrideAccess: true })
    expect(titles(await relatedOf())[0]).toBe('旧文 6')
    expect((await pick(picker.id, [older[6]!.id])).status).toBe(200)
  })
})

describe('what the field refuses', () => {
  const errorText = (body: unknown) => JSON.stringify(body)

  test('an article cannot pick itself, with a message that says so', async () => {
    const answer = await pick(picker.id, [older[0]!.id, picker.id])
    expect(answer.status).toBe(400)
    expect(errorText(answer.body)).toContain(RELATED_SELF_MESSAGE)
    const saved = await payload.findByID({ collection: 'articles', id: picker.id, depth: 0 })
    expect(pickedIdsOf(saved)).not.toContain(String(picker.id))
  })

  test('at most six picks, each once', async () => {
    const seven = older.slice(0, 7).map((doc) => doc.id)
    const tooMany = await pick(picker.id, seven)
    expect(tooMany.status).toBe(400)
    expect(errorText(tooMany.body)).toContain(RELATED_TOO_MANY_MESSAGE)
    expect((await pick(picker.id, seven.slice(0, 6))).status).toBe(200)
    const twice = await pick(picker.id, [older[0]!.id, older[0]!.id])
    expect(twice.status).toBe(400)
    expect(errorText(twice.body)).toContain(RELATED_TWICE_MESSAGE)
  })

  test('an id that names no article is refused', async () => {
    expect((await pick(picker.id, [987654])).status).toBe(400)
  })

  test('REST readers get the picks as ids, never populated articles', async () => {
    expect((await pick(picker.id, [older[8]!.id, draft.id])).status).toBe(200)
    const answer = await api(`/api/articles/${picker.id}?depth=2`)
    expect(answer.status).toBe(200)
    expect(answer.body.related).toEqual([older[8]!.id, draft.id])
  })
})

describe('the content API', () => {
  test('`related` lists the visible picks in order as { id, slug, url }, [] without picks', async () => {
    expect((await pick(picker.id, [older[2]!.id, draft.id, english.id])).status).toBe(200)
    cached.clear()
    const answer = await api(`/api/v1/articles/${picker.slug}`)
    expect(answer.status).toBe(200)
    const article = ZApiArticle.parse(answer.body)
    expect(article.related).toEqual([
      {
        id: String(older[2]!.id),
        slug: older[2]!.slug,
        url: `http://localhost:3000/articles/${older[2]!.slug}`,
      },
      {
        id: String(english.id),
        slug: english.slug,
        url: `http://localhost:3000/articles/${english.slug}`,
      },
    ])
    // The picks are read with 更多新闻 and kept under `article-lists`, which every publish,
    // unpublish, edit (a new slug) and delete of an article expires (revalidatePortal.ts).
    const entries = [...cached].filter(([key]) => JSON.parse(key)[0] === 'related')
    expect(entries.length).toBeGreaterThan(0)
    for (const [key, entry] of entries) {
      expect(entry.tags).toContain('article-lists')
      expect(JSON.parse(key)).toContain([older[2]!.id, draft.id, english.id].join(','))
    }
    const without = ZApiArticle.parse((await api(`/api/v1/articles/${older[9]!.slug}`)).body)
    expect(without.related).toEqual([])
  })
})
