import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { demoArticles } from '@/lib/seed/articles'
import { demoEnglishVersions } from '@/lib/seed/english'
import { demoTags } from '@/lib/seed/tags'
import { demoFlashes } from '@/lib/seed/flashes'
import { findFeedPage } from '@/lib/queries/findFeed'
import { findTabs } from '@/lib/queries/findTags'
import { findAuthorArticles } from '@/lib/queries/findAuthorArticles'
import { findAuthorBySlug, findAuthorSlugs, findBylineCredits } from '@/lib/queries/findAuthors'
import { demoArticleSlug, seedDemoContent, type TSeedSummary } from '@/lib/seed/seedDemoContent'

let context: TTestPayload
let payload: Payload
let first: TSeedSummary

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  first = await seedDemoContent(payload, { accounts: true, log: () => {} })
})
afterAll(async () => context?.cleanup())

test('the first run creates everything', () => {
  expect(first.tags.created).toBe(13)
  expect(first.articles.created).toBe(demoArticles.length)
  expect(first.accounts.created).toBe(4)
  // Every tag's English name and every English version, written in the `en` locale.
  expect(first.translations.created).toBe(demoTags.length + demoEnglishVersions.length)
  expect(first.flashes.created).toBe(demoFlashes.length)
})

test('the demo 快讯 are published over the last three days, with prices at publishing', async () => {
  const { docs } = await payload.find({
    collection: 'flashes',
    limit: 0,
    depth: 0,
    sort: '-publishedAt',
    overrideAccess: false,
  })
  expect(docs).toHaveLength(demoFlashes.length)
  const ages = docs.map((doc) => (Date.now() - Date.parse(String(doc.publishedAt))) / 3_600_000)
  expect(Math.min(...ages)).toBeLessThan(1)
  expect(Math.max(...ages)).toBeLessThanOrEqual(72)
  for (const doc of docs) {
    const linked = (doc.coins ?? []).map(String)
    expect(Object.keys(doc.pricesAtPublish ?? {}).sort()).toEqual([...linked].sort())
  }
  const english = await payload.find({
    collection: 'flashes',
    locale: 'en',
    where: { text: { exists: true } },
    limit: 0,
    overrideAccess: false,
  })
  expect(english.totalDocs).toBe(demoFlashes.filter((flash) => flash.english).length)
})

test('the English edition lists exactly the articles with an English version, in English', async () => {
  const page = await findFeedPage({ payload, locale: 'en', limit: 100 })
  const englishTitles = new Set(demoEnglishVersions.map((version) => version.title))
  expect(page.items.map((item) => item.title).sort()).toEqual([...englishTitles].sort())
  const tabs = await findTabs(payload, { locale: 'en' })
  expect(tabs.map((tab) => tab.name)).toEqual(demoTags.map((tag) => tag.english.name))
  // The Chinese edition is as before: every published article, Chinese titles and tab names.
  const zh = await findFeedPage({ payload, locale: 'zh-CN', limit: 100 })
  expect(zh.items).toHaveLength(demoArticles.filter((article) => !article.draft).length)
  expect((await findTabs(payload, { locale: 'zh-CN' })).map((tab) => tab.name)).toEqual(
    demoTags.map((tag) => tag.name),
  )
})

test('a second run creates nothing and changes no counts', async () => {
  const count = async () =>
    Promise.all(
      (['articles', 'tags', 'coins', 'media', 'users', 'flashes', 'flash-categories'] as const).map(
        async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs,
      ),
    )
  const before = await count()
  const second = await seedDemoContent(payload, { accounts: true, log: () => {} })
  expect(Object.values(second).every((kind) => kind.created === 0)).toBe(true)
  expect(await count()).toEqual(before)
})

test('drafts stay invisible to anonymous readers', async () => {
  const visible = await payload.find({
    collection: 'articles',
    limit: 0,
    overrideAccess: false,
    draft: true,
  })
  const drafts = demoArticles.filter((article) => article.draft)
  expect(visible.totalDocs).toBe(demoArticles.length - drafts.length)
  const titles = new Set(visible.docs.map((doc) => doc.title))
  for (const draft of drafts) expect(titles.has(draft.title)).toBe(false)
})

test('published articles have a cover, tags, a byline and a publish time; tables survive', async () => {
  const { docs } = await payload.find({
    collection: 'articles',
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  const published = docs.filter((doc) => doc._status === 'published')
  for (const doc of published) {
    expect(doc.cover).toBeTruthy()
    expect(doc.tags?.length).toBeGreaterThan(0)
    expect(doc.byline).toBeTruthy()
    expect(doc.publishedAt).toBeTruthy()
  }
  const withTables = published.filter((doc) =>
    doc.body.root.children.some((node) => node.type === 'table'),
  )
  expect(withTables.length).toBeGreaterThanOrEqual(10)
})

test('seeded accounts have the roles they are meant to have', async () => {
  const { docs } = await payload.find({ collection: 'users', overrideAccess: true })
  const roleOf = (email: string) => docs.find((user) => user.email === email)?.roles
  expect(roleOf('admin@newsroom.local')).toEqual(['admin'])
  expect(roleOf('editor@newsroom.local')).toEqual(['editor'])
  expect(roleOf('reader@newsroom.local')).toEqual(['reader'])
  expect(roleOf('contributor@newsroom.local')).toEqual(['contributor'])
})

test('the staff demo accounts have author pages listing their articles; the reader has none', async () => {
  expect(await findAuthorSlugs(payload)).toEqual(['news-editor', 'site-admin'])
  const editor = await findAuthorBySlug({ payload, slug: 'news-editor', locale: 'zh-CN' })
  expect(editor?.name).toBe('新闻编辑')
  const page = await findAuthorArticles({ payload, locale: 'zh-CN', authorId: editor!.id })
  expect(page.items.length).toBeGreaterThan(10)
})

test('the co-authored demo article names both staff, the editor first, and is on both pages', async () => {
  const coAuthored = demoArticles.filter((article) => article.coAuthored)
  expect(coAuthored).toHaveLength(1)
  const slug = demoArticleSlug(coAuthored[0]!)
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    depth: 0,
    overrideAccess: true,
  })
  expect(docs[0]?.byline).toBe('新闻编辑、站点管理员')
  const credits = await findBylineCredits({
    payload,
    articleId: String(docs[0]!.id),
    locale: 'zh-CN',
  })
  expect(credits.map((credit) => credit.slug)).toEqual(['news-editor', 'site-admin'])
  for (const authorSlug of ['site-admin', 'news-editor']) {
    const author = await findAuthorBySlug({ payload, slug: authorSlug, locale: 'zh-CN' })
    const page = await findAuthorArticles({ payload, locale: 'zh-CN', authorId: author!.id })
    expect(page.items.map((item) => item.slug)).toContain(slug)
  }
})
