import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { BULK_SLUG } from '@/scripts/largeDataset/article'
import { seedLargeArticles } from '@/scripts/largeDataset/seedLarge'
import { seedLargeFlashes } from '@/scripts/largeDataset/seedLargeFlashes'
import { spreadCoins } from '@/scripts/largeDataset/spreadCoins'
import { databaseKind } from '@/lib/db/kind'
import { findFlashPage } from '@/lib/queries/findFlashes'
import { seedDemoContent } from '@/lib/seed/seedDemoContent'
import { validateSlug } from '@/lib/slug'

let context: TTestPayload
let payload: Payload
let demoBefore: string
const TOTAL = 360

const isBulk = (slug: string | null | undefined) => BULK_SLUG.test(slug ?? '')

/** Every non-generated article as stored (id, slug, status, time stamps), for an equality check. */
async function demoSnapshot(): Promise<string> {
  const { docs } = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'id',
  })
  return JSON.stringify(docs.filter((doc) => !isBulk(doc.slug)))
}

async function bulkDocs() {
  const { docs } = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    where: { slug: { like: 'bulk-' } },
  })
  return docs.filter((doc) => isBulk(doc.slug))
}

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  await seedDemoContent(payload, { accounts: false, log: () => {} })
  demoBefore = await demoSnapshot()
})
afterAll(async () => context?.cleanup())

test('creates the requested number, then nothing on a rerun, then only the missing ones', async () => {
  const first = await seedLargeArticles(payload, { articles: 300, batch: 64 })
  expect(first).toMatchObject({ created: 300, existing: 0 })
  const again = await seedLargeArticles(payload, { articles: 300 })
  expect(again).toMatchObject({ created: 0, existing: 300 })
  const more = await seedLargeArticles(payload, { articles: 350, batch: 64 })
  expect(more).toMatchObject({ created: 50, existing: 300 })
  // MongoDB's path (payload.db.create + createVersion), run here on SQLite; checked below alike.
  const portable = await seedLargeArticles(payload, { articles: 360, batch: 4, portable: true })
  expect(portable).toMatchObject({ created: 10, existing: 350 })
  expect(await bulkDocs()).toHaveLength(TOTAL)
})

test('demo (non-generated) articles are untouched', async () => {
  expect(await demoSnapshot()).toBe(demoBefore)
})

test('slugs are valid and unique; tags, coins and bodies are as specified', async () => {
  const docs = await bulkDocs()
  expect(new Set(docs.map((doc) => doc.slug)).size).toBe(TOTAL)
  for (const doc of docs) {
    expect(validateSlug(doc.slug)).toBe(true)
    // Title, summary and body are written as the zh-CN locale rows (both write paths).
    expect(doc.title).toMatch(/\S/)
    expect(doc.summary).toMatch(/\S/)
    expect(doc.tags?.length).toBeGreaterThanOrEqual(1)
    expect(doc.tags?.length).toBeLessThanOrEqual(3)
    expect(doc.coins?.length ?? 0).toBeLessThanOrEqual(3)
    expect(doc.body.root.children.some((node) => node.type === 'heading')).toBe(true)
    expect(doc.publishedAt === null || doc.publishedAt === undefined).toBe(doc._status === 'draft')
  }
  expect(docs.some((doc) => doc.body.root.children.some((node) => node.type === 'table'))).toBe(
    true,
  )
})

test('anonymous readers see the published generated articles and not the drafts', async () => {
  const docs = await bulkDocs()
  const drafts = docs.filter((doc) => doc._status === 'draft')
  expect(drafts.length).toBeGreaterThan(0)
  expect(drafts.length).toBeLessThan(docs.length * 0.1)
  const visible = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 1,
    overrideAccess: false,
    where: { slug: { like: 'bulk-' } },
  })
  const visibleSlugs = new Set(visible.docs.map((doc) => doc.slug))
  expect(visibleSlugs.size).toBe(docs.length - drafts.length)
  for (const draft of drafts) expect(visibleSlugs.has(draft.slug)).toBe(false)
  // Relations resolve for readers (depth 1): tags come back as documents.
  const sample = visible.docs[0]
  expect(typeof sample?.tags?.[0]).toBe('object')
})

test('every generated article has a latest version, so draft reads and the admin work', async () => {
  const drafts = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    where: { slug: { like: 'bulk-' } },
  })
  expect(drafts.docs.filter((doc) => isBulk(doc.slug))).toHaveLength(TOTAL)
  const versions = await payload.findVersions({
    collection: 'articles',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    where: { and: [{ latest: { equals: true } }, { 'version.slug': { like: 'bulk-' } }] },
  })
  expect(versions.docs).toHaveLength(TOTAL)
  const byParent = new Map(versions.docs.map((v) => [String(v.parent), v.version]))
  for (const doc of await bulkDocs()) {
    const version = byParent.get(String(doc.id))
    expect(version?.slug).toBe(doc.slug)
    expect(version?._status).toBe(doc._status)
    expect(version?.tags).toEqual(doc.tags)
  }
})

test('generated 快讯: the requested number, none again on a rerun, readable as the portal reads them', async () => {
  const before = (await payload.count({ collection: 'flashes', overrideAccess: true })).totalDocs
  expect(await seedLargeFlashes(payload, { flashes: 120, batch: 50 })).toMatchObject({
    created: 120,
    existing: 0,
  })
  expect(await seedLargeFlashes(payload, { flashes: 130, batch: 50 })).toMatchObject({
    created: 10,
    existing: 120,
  })
  const after = (await payload.count({ collection: 'flashes', overrideAccess: true })).totalDocs
  expect(after - before).toBe(130)
  // Published with versions, as payload.create leaves them: the timeline and the admin list read them.
  const page = await findFlashPage({ payload, locale: 'zh-CN', limit: 200 })
  expect(page.items.length).toBe(Math.min(after, 200))
  const versions = await payload.countVersions({ collection: 'flashes', overrideAccess: true })
  expect(versions.totalDocs).toBeGreaterThanOrEqual(after)
})

// seed:large --coins writes the links with SQL (lib/db/coinLinkBatch.ts): SQLite only.
const onSqlite = () => databaseKind(payload) === 'sqlite'

test('--coins: generated coins, every generated item relinked by popularity, versions alike, reruns the same', async () => {
  if (!onSqlite()) return
  const first = await spreadCoins(payload, { coins: 20 })
  expect(first).toMatchObject({ coinsCreated: 20, coins: 52, articles: TOTAL, flashes: 130 })
  const docs = await bulkDocs()
  for (const doc of docs) {
    expect(doc.coins?.length).toBeGreaterThanOrEqual(1)
    expect(doc.coins?.length).toBeLessThanOrEqual(3)
  }
  const versions = await payload.findVersions({
    collection: 'articles',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    where: { and: [{ latest: { equals: true } }, { 'version.slug': { like: 'bulk-' } }] },
  })
  const byParent = new Map(versions.docs.map((v) => [String(v.parent), v.version]))
  for (const doc of docs) expect(byParent.get(String(doc.id))?.coins).toEqual(doc.coins)
  const again = await spreadCoins(payload, { coins: 20 })
  expect(again).toMatchObject({ coinsCreated: 0, links: first.links })
  expect((await bulkDocs()).map((doc) => doc.coins)).toEqual(docs.map((doc) => doc.coins))
  expect(await demoSnapshot()).toBe(demoBefore)
})
