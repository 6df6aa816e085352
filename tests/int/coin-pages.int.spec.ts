/**
 * A coin page's reads (lib/queries/findCoinPage.ts) and what expires its cached copy: the linked
 * articles, newest first and paged by cursor; the linked 快讯; the coin's RSS items; and the
 * coin-page cache tag that publishing, editing or unpublishing a linked article or 快讯 expires
 * (collections/hooks), while a price refresh expires nothing of it.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { makeArticle, makeCoin, makeFlash } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { CACHE_TAGS } from '@/lib/cacheTags'
import { ZCursorSchema } from '@/lib/queries/cursor'
import {
  cursorNamesCoinArticle,
  findCoinArticlesPage,
  findCoinFlashes,
  findCoinProfile,
} from '@/lib/queries/findCoinPage'
import { findRssItems } from '@/lib/queries/findSyndication'

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

test('its 快讯: only published ones linked to it, newest first', async () => {
  const flashes = await findCoinFlashes(payload, coinId(), 'zh-CN')
  expect(flashes.map((flash) => flash.text)).toEqual(['币快讯 新', '币快讯 旧'])
})

test('its RSS items: its published articles only', async () => {
  const items = await findRssItems({ payload, locale: 'zh-CN', coinId: coinId() })
  expect(titles(items)).toEqual(['币文 4', '币文 3', '币文 2', '币文 1', '币文 0'])
})

describe('what expires a coin page', () => {
  // Outside a Next.js server next/cache refuses, and lib/revalidate logs the tags it was asked
  // to expire at debug level: that log is what these read.
  let debug: jest.SpiedFunction<Payload['logger']['debug']>
  beforeEach(() => {
    debug = jest.spyOn(payload.logger, 'debug').mockImplementation(() => undefined)
  })
  afterEach(() => debug.mockRestore())

  const expiredTags = () =>
    debug.mock.calls.flatMap(([entry]) => {
      const message = JSON.stringify(entry).match(/cache tags not revalidated \(([^)]*)\)/)
      return message ? message[1]!.split(', ') : []
    })
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
    debug.mockClear()
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
    debug.mockClear()
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

  test('publishing a 快讯 linked to the coin expires its page', async () => {
    await makeFlash(payload, { coins: [coin.id], publishedAt: minutes(22) })
    expect(expiredTags()).toContain(coinTag())
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
