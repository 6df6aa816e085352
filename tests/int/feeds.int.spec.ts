/** The reads behind RSS, the sitemaps and the news sitemap (lib/queries/findSyndication.ts). */
import type { Payload } from 'payload'

import { makeArticle, makeTag } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import {
  countPublishedArticles,
  findNewsItems,
  findRssItems,
  findSitemapChunk,
} from '@/lib/queries/findSyndication'
import { sitemapChunkCount } from '@/lib/syndication/sitemap'

let context: TTestPayload
let payload: Payload
let tag: { id: number; slug: string; name: string }
const now = new Date('2026-11-20T12:00:00.000Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
const PUBLISHED = 60

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  tag = await makeTag(payload)
  // 60 published articles, one an hour back from `now`; every fourth in the tag. Plus drafts.
  for (let i = 0; i < PUBLISHED; i++) {
    await makeArticle(payload, {
      title: `文章 ${i}`,
      publishedAt: hoursAgo(i + 0.5),
      tags: i % 4 === 0 ? [tag.id] : [],
    })
  }
  for (let i = 0; i < 3; i++)
    await makeArticle(payload, { status: 'draft', title: `草稿 ${i}`, tags: [tag.id] })
})
afterAll(async () => context?.cleanup())

const isDraft = (title: string) => title.startsWith('草稿')

test('RSS: the 50 newest published articles, newest first, no drafts', async () => {
  const items = await findRssItems({ payload, locale: 'zh-CN' })
  expect(items).toHaveLength(50)
  expect(items[0]?.title).toBe('文章 0')
  expect(items.at(-1)?.title).toBe('文章 49')
  expect(items.some((item) => isDraft(item.title))).toBe(false)
  expect(items[0]).toMatchObject({ summary: '测试摘要', tags: [tag.name] })
})

test('RSS of a tag: only that tag’s published articles', async () => {
  const items = await findRssItems({ payload, locale: 'zh-CN', tagId: String(tag.id) })
  expect(items).toHaveLength(PUBLISHED / 4)
  expect(items.every((item) => item.tags.includes(tag.name) && !isDraft(item.title))).toBe(true)
})

test('news sitemap: only the last 48 hours', async () => {
  const items = await findNewsItems({ payload, locale: 'zh-CN', now })
  expect(items).toHaveLength(48)
  expect(items.every((item) => Date.parse(item.publishedAt) > Date.parse(hoursAgo(48)))).toBe(true)
  expect(items.some((item) => isDraft(item.title))).toBe(false)
})

test('sitemap chunks cover every published article exactly once', async () => {
  const total = await countPublishedArticles(payload, 'zh-CN')
  expect(total).toBe(PUBLISHED)
  const size = 7
  const chunks = sitemapChunkCount(total, size)
  expect(chunks).toBe(9)
  const paths: string[] = []
  for (let chunk = 1; chunk <= chunks; chunk++) {
    const urls = await findSitemapChunk({ payload, locale: 'zh-CN', chunk, size })
    expect(urls.length).toBeLessThanOrEqual(size)
    expect(urls.every((url) => url.lastModified)).toBe(true)
    paths.push(...urls.map((url) => url.path))
  }
  expect(paths).toHaveLength(PUBLISHED)
  expect(new Set(paths).size).toBe(PUBLISHED)
  expect(await findSitemapChunk({ payload, locale: 'zh-CN', chunk: chunks + 1, size })).toEqual([])
  const published = await findRssItems({ payload, locale: 'zh-CN', limit: 100 })
  expect(new Set(paths)).toEqual(new Set(published.map((item) => item.path)))
})
