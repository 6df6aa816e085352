/**
 * A coin page's reads (lib/queries/findCoinPage.ts) and what expires its cached copy: the linked
 * articles, newest first and paged by cursor; the linked 快讯, the newest on the coin page and all
 * of them paged by cursor on its 快讯 page (/coins/<id>/flash); the coin's RSS items; and the
 * coin-page cache tag that publishing, editing or unpublishing a linked article or 快讯 expires
 * (collections/hooks), while a price refresh expires nothing of it. next/cache is a stand-in
 * (outside Next the real one refuses): unstable_cache keeps answers by key with their tags, and
 * revalidateTag records the tag and drops the answers that carry it, so a test can read a page
 * through its cached read (lib/queries/coins.ts), publish, and read it again.
 */
import { jest } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { makeArticle, makeCoin, makeFlash } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { CACHE_TAGS } from '@/lib/cacheTags'
import { ZCursorSchema } from '@/lib/queries/cursor'
import {
  COIN_PAGE_FLASHES,
  cursorNamesCoinArticle,
  cursorNamesCoinFlash,
  findCoinArticlesPage,
  findCoinFlashes,
  findCoinFlashPage,
  findCoinProfile,
} from '@/lib/queries/findCoinPage'
import { findRssItems } from '@/lib/queries/findSyndication'

const expired: string[] = []
const cached = new Map<string, { value: unknown; tags: string[] }>()
jest.unstable_mockModule('next/cache', () => ({
  unstable_cache:
    (read: () => Promise<unknown>, keyParts: string[], options: { tags?: string[] } = {}) =>
    async () => {
      const key = JSON.stringify(keyParts)
      const hit = cached.get(key)
      if (hit) return hit.value
      // As Next: nothing is kept when the read throws (cachedUnlessEmpty's way of not keeping).
      const value = await read()
      cached.set(key, { value, tags: options.tags ?? [] })
      return value
    },
  revalidateTag: (tag: string) => {
    expired.push(tag)
    for (const [key, entry] of cached) if (entry.tags.includes(tag)) cached.delete(key)
  },
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { getCoinFlashPage, getCoinFlashes, isKnownCoinFlashCursor } =
  await import('@/lib/queries/coins')

let context: TTestPayload
let payload: Payload
let coin: { id: number; marketDataId: string; symbol: string }
let other: { id: number; marketDataId: string }
const base = Date.parse('2026-11-01T00:00:00.000Z')
const minutes = (n: number) => new Date(base + n * 60_000).toISOString()
const LINKED = 5

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  coin = await makeCoin(payload)
  other = await makeCoin(payload)
  // Five linked articles a minute apart, one linked to both coins, one to the other coin only,
  // a linked draft, and an unlinked article newer than all.
  for (let i = 0; i < LINKED; i++)
    await makeArticle(payload, {
      title: `币文 ${i}`,
      publishedAt: minutes(i),
      coins: i === 2 ? [other.id, coin.id] : [coin.id],
    })
  await makeArticle(payload, { title: '他币文', publishedAt: minutes(10), coins: [other.id] })
  await makeArticle(payload, { title: '无币文', publishedAt: minutes(11) })
  await makeArticle(payload, { status: 'draft', title: '币草稿', coins: [coin.id] })
  await makeFlash(payload, { text: '币快讯 旧', coins: [coin.id], publishedAt: minutes(1) })
  await makeFlash(payload, { text: '币快讯 新', coins: [coin.id], publishedAt: minutes(3) })
  await makeFlash(payload, { text: '他币快讯', coins: [other.id], publishedAt: minutes(4) })
  await makeFlash(payload, { status: 'draft', text: '币快讯 草稿', coins: [coin.id] })
})
afterAll(async () => context?.cleanup())

const titles = (items: { title: string }[]) => items.map((item) => item.title)
const coinId = () => String(coin.id)

test('the profile of a known coin; an unknown one is null', async () => {
  const profile = await findCoinProfile(payload, coin.marketDataId, 'zh-CN')
  expect(profile).toMatchObject({
    id: coinId(),
    symbol: coin.symbol,
    marketDataId: coin.marketDataId,
    logo: null,
  })
  expect(await findCoinProfile(payload, 'no-such-coin', 'zh-CN')).toBeNull()
})

test('its articles: only published ones linked to it, newest first', async () => {
  const page = await findCoinArticlesPage({ payload, locale: 'zh-CN', coinId: coinId() })
  expect(titles(page.items)).toEqual(['币文 4', '币文 3', '币文 2', '币文 1', '币文 0'])
  expect(page.nextCursor).toBeNull()
})

test('paged by cursor: every article once, and each cursor it writes names one of the coin', async () => {
  const seen: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page = await findCoinArticlesPage({
      payload,
      locale: 'zh-CN',
      coinId: coinId(),
      limit: 2,
      cursor: cursor ? ZCursorSchema.parse(cursor) : undefined,
    })
    seen.push(...titles(page.items))
    cursor = page.nextCursor
    if (cursor)
      expect(
        await cursorNamesCoinArticle(payload, {
          coinId: coinId(),
          cursor: ZCursorSchema.parse(cursor),
          locale: 'zh-CN',
        }),
      ).toBe(true)
    pages++
  } while (cursor)
  expect(pages).toBe(3)
  expect(seen).toEqual(['币文 4', '币文 3', '币文 2', '币文 1', '币文 0'])
})

test('a cursor of another coin’s article, or a made-up one, names none of this coin', async () => {
  const others = await findCoinArticlesPage({
    payload,
    locale: 'zh-CN',
    coinId: String(other.id),
    limit: 1,
  })
  const otherCursor = ZCursorSchema.parse(others.nextCursor!)
  // The other coin's first page ends on 他币文, linked to it alone.
  expect(titles(others.items)).toEqual(['他币文'])
  const names = (cursor: string) =>
    cursorNamesCoinArticle(payload, {
      coinId: coinId(),
      cursor: ZCursorSchema.parse(cursor),
      locale: 'zh-CN',
    })
  const [time, id] = others.nextCursor!.split('-') as [string, string]
  expect(
    await cursorNamesCoinArticle(payload, {
      coinId: String(other.id),
      cursor: otherCursor,
      locale: 'zh-CN',
    }),
  ).toBe(true)
  expect(await names(`${(parseInt(time, 36) + 1).toString(36)}-${id}`)).toBe(false)
  expect(await names(`${time}-999999`)).toBe(false)
  const unlinked = await payload.find({
    collection: 'articles',
    where: { title: { equals: '他币文' } },
  })
  const doc = unlinked.docs[0]!
  expect(await names(`${new Date(doc.publishedAt!).getTime().toString(36)}-${doc.id}`)).toBe(false)
})

const texts = (items: { text: string }[]) => items.map((item) => item.text)

test('its 快讯: only published ones linked to it, newest first, and no 更多快讯 for two', async () => {
  const flashes = await findCoinFlashes(payload, coinId(), 'zh-CN')
  expect(texts(flashes.items)).toEqual(['币快讯 新', '币快讯 旧'])
  expect(flashes.nextCursor).toBeNull()
  const page = await findCoinFlashPage({ payload, locale: 'zh-CN', coinId: coinId() })
  expect(texts(page.items)).toEqual(['币快讯 新', '币快讯 旧'])
  expect(page.nextCursor).toBeNull()
})

describe('its 快讯 page (/coins/<id>/flash)', () => {
  let busy: { id: number }
  const BUSY = COIN_PAGE_FLASHES + 3
  beforeAll(async () => {
    // A coin with more 快讯 than its page shows, a minute apart (two at the same second, told
    // apart by id), and one of another coin in between.
    busy = await makeCoin(payload)
    for (let i = 0; i < BUSY; i++)
      await makeFlash(payload, {
        text: `忙币快讯 ${i}`,
        coins: [busy.id],
        publishedAt: minutes(100 + (i === 1 ? 0 : i)),
      })
    await makeFlash(payload, { text: '忙他币快讯', coins: [other.id], publishedAt: minutes(105) })
  })
  const busyId = () => String(busy.id)
  // 0 and 1 share a time: the higher id (1, made later) comes first, as the timeline orders them.
  const newestFirst = () => Array.from({ length: BUSY }, (_, i) => `忙币快讯 ${i}`).reverse()

  test('the coin page shows the newest ten and a next cursor (更多快讯)', async () => {
    const flashes = await findCoinFlashes(payload, busyId(), 'zh-CN')
    expect(texts(flashes.items)).toEqual(newestFirst().slice(0, COIN_PAGE_FLASHES))
    expect(flashes.nextCursor).not.toBeNull()
  })

  test('paged by cursor: every 快讯 once, and each cursor it writes names one of the coin', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: Awaited<ReturnType<typeof findCoinFlashPage>> = await findCoinFlashPage({
        payload,
        locale: 'zh-CN',
        coinId: busyId(),
        limit: 5,
        cursor: cursor ? ZCursorSchema.parse(cursor) : undefined,
      })
      seen.push(...texts(page.items))
      cursor = page.nextCursor
      if (cursor)
        expect(
          await cursorNamesCoinFlash(payload, {
            coinId: busyId(),
            cursor: ZCursorSchema.parse(cursor),
            locale: 'zh-CN',
          }),
        ).toBe(true)
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual(newestFirst())
  })

  test('the cached read pages the same way, in every edition', async () => {
    const first = await getCoinFlashPage({ coinId: busyId(), locale: 'zh-TW' })
    expect(first.items).toHaveLength(BUSY)
    expect(first.nextCursor).toBeNull()
    const flashes = await getCoinFlashes(busyId(), 'zh-TW')
    expect(flashes.items).toHaveLength(COIN_PAGE_FLASHES)
    // English lists only the 快讯 written in English: none here, and the page is still there.
    expect((await getCoinFlashPage({ coinId: busyId(), locale: 'en' })).items).toEqual([])
  })

  test('foreign cursors name none of its 快讯: another coin’s, an article’s, a draft’s, made up', async () => {
    const names = (cursor: string, coin = busyId()) =>
      isKnownCoinFlashCursor({ coinId: coin, cursor: ZCursorSchema.parse(cursor), locale: 'zh-CN' })
    const cursorOf = (doc: { id: number | string; publishedAt?: string | null }) =>
      `${new Date(doc.publishedAt!).getTime().toString(36)}-${doc.id}`
    const find = async (collection: 'flashes' | 'articles', where: Where) =>
      (await payload.find({ collection, where, draft: true, overrideAccess: true })).docs[0]!
    const mine = await find('flashes', { text: { equals: '忙币快讯 5' } })
    const others = await find('flashes', { text: { equals: '忙他币快讯' } })
    const article = await find('articles', { title: { equals: '币文 4' } })
    const draft = await find('flashes', { text: { equals: '币快讯 草稿' } })
    expect(await names(cursorOf(mine))).toBe(true)
    // The same 快讯 is not one of another coin's.
    expect(await names(cursorOf(mine), coinId())).toBe(false)
    expect(await names(cursorOf(others))).toBe(false)
    expect(await names(cursorOf(article), coinId())).toBe(false)
    expect(await names(`${Date.now().toString(36)}-${draft.id}`, coinId())).toBe(false)
    const [time, id] = cursorOf(mine).split('-') as [string, string]
    expect(await names(`${(parseInt(time, 36) + 1).toString(36)}-${id}`)).toBe(false)
    expect(await names(`${time}-999999`)).toBe(false)
    // English has none of these 快讯 (no English text): their cursors are not its.
    expect(
      await isKnownCoinFlashCursor({
        coinId: busyId(),
        cursor: ZCursorSchema.parse(cursorOf(mine)),
        locale: 'en',
      }),
    ).toBe(false)
  })

  test('a page after a foreign cursor is answered but not kept', async () => {
    const others = await payload.find({
      collection: 'flashes',
      where: { text: { equals: '忙他币快讯' } },
      overrideAccess: true,
    })
    const doc = others.docs[0]!
    const cursor = { publishedAt: new Date(doc.publishedAt!), id: String(doc.id) }
    const before = cached.size
    const page = await getCoinFlashPage({ coinId: busyId(), cursor, locale: 'zh-CN' })
    // Strictly before the other coin's 快讯 there are this coin's older ones, but the cursor is
    // not one of its pages': the answer is given and not kept.
    expect(page.items.length).toBeGreaterThan(0)
    expect(cached.size).toBe(before)
  })
})

test('its RSS items: its published articles only', async () => {
  const items = await findRssItems({ payload, locale: 'zh-CN', coinId: coinId() })
  expect(titles(items)).toEqual(['币文 4', '币文 3', '币文 2', '币文 1', '币文 0'])
})

describe('what expires a coin page', () => {
  // The tags lib/revalidate expired, as the stand-in next/cache recorded them.
  const clearExpired = () => void expired.splice(0)
  beforeEach(clearExpired)

  const expiredTags = () => [...expired]
  const coinTag = () => CACHE_TAGS.coinPage(coin.id)

  test('publishing an article linked to the coin: the tag expires and the page lists it', async () => {
    const article = await makeArticle(payload, {
      title: '新发币文',
      publishedAt: minutes(20),
      coins: [coin.id],
    })
    expect(expiredTags()).toContain(coinTag())
    expect(expiredTags()).not.toContain(CACHE_TAGS.coinPage(other.id))
    const page = await findCoinArticlesPage({ payload, locale: 'zh-CN', coinId: coinId() })
    expect(page.items[0]?.title).toBe('新发币文')

    // Unpublishing it expires the tag again, and it leaves the page.
    clearExpired()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      draft: false,
      overrideAccess: true,
    })
    expect(expiredTags()).toContain(coinTag())
    const after = await findCoinArticlesPage({ payload, locale: 'zh-CN', coinId: coinId() })
    expect(titles(after.items)).not.toContain('新发币文')
  })

  test('unlinking a coin from a published article expires the page it left', async () => {
    const article = await makeArticle(payload, { publishedAt: minutes(21), coins: [coin.id] })
    clearExpired()
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { coins: [other.id] },
      overrideAccess: true,
    })
    expect(expiredTags()).toEqual(
      expect.arrayContaining([coinTag(), CACHE_TAGS.coinPage(other.id)]),
    )
  })

  test('a draft never published touches no coin page', async () => {
    await makeArticle(payload, { status: 'draft', coins: [coin.id] })
    expect(expiredTags()).not.toContain(coinTag())
  })

  test('publishing a 快讯 linked to the coin expires its page and its 快讯 page', async () => {
    // Read (and kept) first, as a reader would: the coin page's 快讯 and its 快讯 page.
    const cachedPage = await getCoinFlashPage({ coinId: coinId(), locale: 'zh-CN' })
    expect(texts(cachedPage.items)).toEqual(['币快讯 新', '币快讯 旧'])
    await getCoinFlashes(coinId(), 'zh-CN')
    const otherPage = await getCoinFlashPage({ coinId: String(other.id), locale: 'zh-CN' })

    await makeFlash(payload, { text: '新发币快讯', coins: [coin.id], publishedAt: minutes(22) })
    expect(expiredTags()).toContain(coinTag())
    expect(expiredTags()).not.toContain(CACHE_TAGS.coinPage(other.id))
    const page = await getCoinFlashPage({ coinId: coinId(), locale: 'zh-CN' })
    expect(texts(page.items)).toEqual(['新发币快讯', '币快讯 新', '币快讯 旧'])
    expect(texts((await getCoinFlashes(coinId(), 'zh-CN')).items)[0]).toBe('新发币快讯')
    // The other coin's page was kept: the same answer object comes back from the cache.
    expect(await getCoinFlashPage({ coinId: String(other.id), locale: 'zh-CN' })).toBe(otherPage)
  })

  test('a price refresh expires no coin page; renaming the coin expires the coin names', async () => {
    await payload.update({
      collection: 'coins',
      id: coin.id,
      data: { price: 123.45, change24h: 1.5, priceUpdatedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    expect(expiredTags()).not.toContain(CACHE_TAGS.coinProfiles)
    expect(expiredTags().some((tag) => tag.startsWith('coin-page:'))).toBe(false)
    await payload.update({
      collection: 'coins',
      id: coin.id,
      data: { name: 'Renamed coin' },
      overrideAccess: true,
    })
    expect(expiredTags()).toContain(CACHE_TAGS.coinProfiles)
  })
})
