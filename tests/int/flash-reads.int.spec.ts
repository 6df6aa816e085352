/**
 * The 快讯 reads behind /flash, its filters, cursor pages, permalinks and the 快讯 module: what
 * each edition gets, in which order, and that drafts never show.
 */
import type { Payload } from 'payload'

import { ZCursorSchema } from '@/lib/queries/cursor'
import {
  cursorNamesFlash,
  findFlashById,
  findFlashCategories,
  findFlashNeighbours,
  findFlashPage,
  findFlashSitemapEntries,
} from '@/lib/queries/findFlashes'
import { makeFlash, makeFlashCategory } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'

let context: TTestPayload
let payload: Payload
const ids: string[] = []
let categoryId = ''
let draftId = ''

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  const category = await makeFlashCategory(payload)
  categoryId = String(category.id)
  await payload.update({
    collection: 'flash-categories',
    id: category.id,
    locale: 'en',
    data: { name: 'Markets' },
    overrideAccess: true,
  })
  // Five published flashes, newest first in `ids`: 0 and 3 are 重要, 1 and 3 in the category.
  for (let index = 0; index < 5; index++) {
    const flash = await makeFlash(payload, {
      text: `数据显示第${index}条快讯`,
      important: index === 0 || index === 3,
      categories: index === 1 || index === 3 ? [category.id] : [],
      publishedAt: minutesAgo(index * 10 + 1),
    })
    ids.push(String(flash.id))
  }
  await payload.update({
    collection: 'flashes',
    id: ids[2]!,
    locale: 'en',
    data: { text: 'Flash number two, in English', title: 'In English' },
    overrideAccess: true,
  })
  draftId = String((await makeFlash(payload, { status: 'draft', publishedAt: minutesAgo(0) })).id)
})
afterAll(async () => context?.cleanup())

const idsOf = (items: { id: string }[]) => items.map((item) => item.id)

test('the timeline is newest first and has no drafts; 重要 and a category filter it', async () => {
  const all = await findFlashPage({ payload, locale: 'zh-CN' })
  expect(idsOf(all.items)).toEqual(ids)
  expect(idsOf(all.items)).not.toContain(draftId)
  const important = await findFlashPage({ payload, locale: 'zh-CN', filter: { kind: 'important' } })
  expect(idsOf(important.items)).toEqual([ids[0], ids[3]])
  const [category] = await findFlashCategories(payload, 'zh-CN')
  const inCategory = await findFlashPage({
    payload,
    locale: 'zh-CN',
    filter: { kind: 'category', category: category! },
  })
  expect(idsOf(inCategory.items)).toEqual([ids[1], ids[3]])
  expect(inCategory.items[0]?.categories.map((item) => item.id)).toEqual([categoryId])
})

test('pages by cursor to the end, without repeating or skipping', async () => {
  const first = await findFlashPage({ payload, locale: 'zh-CN', limit: 2 })
  expect(idsOf(first.items)).toEqual(ids.slice(0, 2))
  const cursor = ZCursorSchema.parse(first.nextCursor)
  expect(await cursorNamesFlash(payload, cursor, 'zh-CN')).toBe(true)
  const second = await findFlashPage({ payload, locale: 'zh-CN', limit: 2, cursor })
  expect(idsOf(second.items)).toEqual(ids.slice(2, 4))
  const third = await findFlashPage({
    payload,
    locale: 'zh-CN',
    limit: 2,
    cursor: ZCursorSchema.parse(second.nextCursor),
  })
  expect(idsOf(third.items)).toEqual(ids.slice(4))
  expect(third.nextCursor).toBeNull()
  // A cursor nobody wrote (a real id at another time) names no flash.
  expect(await cursorNamesFlash(payload, { publishedAt: new Date(), id: ids[0]! }, 'zh-CN')).toBe(
    false,
  )
})

test('繁體 converts the text; English lists only flashes written in English', async () => {
  const traditional = await findFlashPage({ payload, locale: 'zh-TW' })
  expect(traditional.items[0]?.text).toBe('資料顯示第0條快訊')
  const english = await findFlashPage({ payload, locale: 'en' })
  expect(idsOf(english.items)).toEqual([ids[2]])
  expect(english.items[0]).toMatchObject({
    title: 'In English',
    text: 'Flash number two, in English',
  })
  expect(await findFlashById(payload, ids[0]!, 'en')).toBeNull()
  expect((await findFlashCategories(payload, 'en'))[0]?.name).toBe('Markets')
})

test('a permalink finds its flash and its neighbours; a draft or junk id finds nothing', async () => {
  const middle = await findFlashById(payload, ids[2]!, 'zh-CN')
  expect(middle?.id).toBe(ids[2])
  const { older, newer } = await findFlashNeighbours(payload, middle!, 'zh-CN')
  expect([newer?.id, older?.id]).toEqual([ids[1], ids[3]])
  const newest = await findFlashNeighbours(
    payload,
    (await findFlashById(payload, ids[0]!, 'zh-CN'))!,
    'zh-CN',
  )
  expect(newest.newer).toBeNull()
  expect(await findFlashById(payload, draftId, 'zh-CN')).toBeNull()
  expect(await findFlashById(payload, 'not-an-id', 'zh-CN')).toBeNull()
})

test('the sitemap lists the newest published flashes and which have an English page', async () => {
  const entries = await findFlashSitemapEntries(payload, 100)
  expect(entries.map((entry) => entry.id)).toEqual(ids)
  expect(entries.filter((entry) => entry.english).map((entry) => entry.id)).toEqual([ids[2]])
  expect((await findFlashSitemapEntries(payload, 2)).map((entry) => entry.id)).toEqual(
    ids.slice(0, 2),
  )
})
