/**
 * Which feed cursors name an article (lib/queries/findCursorArticle.ts): every cursor the feed
 * writes does; a made-up, future or draft one does not, so its page is neither cached nor found.
 */
import type { Payload } from 'payload'

import { makeArticle } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { FEED_PAGE_SIZE, findFeedPage } from '@/lib/queries/findFeed'
import { cursorNamesArticle } from '@/lib/queries/findCursorArticle'

let context: TTestPayload
let payload: Payload

beforeAll(async () => {
  context = await startTestPayload()
  payload = context.payload
  const base = Date.parse('2026-11-01T00:00:00.000Z')
  for (let i = 0; i < FEED_PAGE_SIZE * 2 + 1; i++)
    await makeArticle(payload, { publishedAt: new Date(base + i * 60_000).toISOString() })
})
afterAll(async () => context?.cleanup())

const cursor = (text: string) => ZCursorSchema.parse(text)

test('every cursor the feed writes names an article', async () => {
  let next = (await findFeedPage({ payload, locale: 'zh-CN' })).nextCursor
  let pages = 0
  while (next) {
    expect(await cursorNamesArticle(payload, cursor(next), 'zh-CN')).toBe(true)
    next = (await findFeedPage({ payload, locale: 'zh-CN', cursor: cursor(next) })).nextCursor
    pages++
  }
  expect(pages).toBe(2)
})

test('made-up cursors name none', async () => {
  const real = (await findFeedPage({ payload, locale: 'zh-CN' })).nextCursor!
  const [time, id] = real.split('-') as [string, string]
  const future = (Date.now() + 86_400_000).toString(36)
  for (const madeUp of [`${future}-${id}`, `${time}-999999`, `${time}-abc`, `1-${id}`])
    expect(await cursorNamesArticle(payload, cursor(madeUp), 'zh-CN')).toBe(false)
})

test('a draft is no cursor', async () => {
  const draft = await makeArticle(payload, { status: 'draft' })
  const at = Date.parse(draft.publishedAt ?? new Date().toISOString())
  expect(await cursorNamesArticle(payload, cursor(`${at.toString(36)}-${draft.id}`), 'zh-CN')).toBe(
    false,
  )
})
