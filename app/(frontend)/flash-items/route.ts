import type { NextRequest } from 'next/server'
import { z } from 'zod'

import { answersWith, queryOf, sharedAnswers } from '@/endpoints/respond'
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from '@/lib/db/unavailable'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { LATEST_FLASH_ITEMS, type TLatestFlashes } from '@/lib/flash/liveContract'
import { getFlashPage, resolveFlashFilter } from '@/lib/queries/flashes'

const ZFlashItemsQuerySchema = z.strictObject(
  {
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    /** 重要 or a category's slug; none for 全部. */
    filter: z
      .string()
      .max(40)
      .regex(/^[a-z0-9-]+$/, 'malformed filter')
      .optional(),
  },
  { error: 'only locale and filter / 只接受 locale 与 filter 参数' },
)

// The same for every reader, so the page cache and the edge answer the pollers: one render per
// second at most, however many have /flash open.
const latestAnswers = answersWith({ 'Cache-Control': 'public, max-age=0, s-maxage=1' })
const notKept = answersWith({ 'Cache-Control': 'no-store', 'Retry-After': '5' })

/**
 * GET /flash-items?locale=zh-CN&filter=important: the newest 快讯 of a timeline, which /flash
 * polls to say "N 条新快讯" and to put them on top. One URL per edition and filter, whatever
 * each reader has already seen: the browser works out what is new, so the answer stays shared.
 */
export async function GET(request: NextRequest) {
  const query = sharedAnswers.parse(ZFlashItemsQuerySchema, queryOf(request.nextUrl.searchParams))
  if (!query.ok) return query.response
  const { locale, filter: value } = query.data
  try {
    const filter = await resolveFlashFilter(value, locale)
    if (!filter) return sharedAnswers.notFound(`unknown filter: ${value}`)
    const page = await getFlashPage({ locale, filter, limit: LATEST_FLASH_ITEMS })
    return latestAnswers.json({ items: page.items } satisfies TLatestFlashes)
  } catch (error) {
    if (!databaseUnavailableReason(error)) throw error
    return notKept.unavailable(DATABASE_UNAVAILABLE_MESSAGE)
  }
}
