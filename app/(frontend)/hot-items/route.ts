import type { NextRequest } from 'next/server'
import { z } from 'zod'

import { answersWith, queryOf, sharedAnswers } from '@/endpoints/respond'
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from '@/lib/db/unavailable'
import type { THotItemsAnswer } from '@/lib/hot/hotContract'
import { HOT_WINDOWS } from '@/lib/hot/hours'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { getHotArticles } from '@/lib/queries/hot'

const ZHotItemsQuerySchema = z.strictObject(
  {
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    window: z.enum(HOT_WINDOWS, { error: 'window 须为 24h 或 7d / window must be 24h or 7d' }),
  },
  { error: 'only locale and window / 只接受 locale 与 window 参数' },
)

// The same for every reader: the page cache and the edge answer most requests; the list behind
// it is recomputed at most once a minute (lib/queries/hot.ts).
const listAnswers = answersWith({ 'Cache-Control': 'public, max-age=0, s-maxage=10' })
const notKept = answersWith({ 'Cache-Control': 'no-store', 'Retry-After': '5' })

/**
 * GET /hot-items?locale=zh-CN&window=24h: the 热门 module's list, loaded by the browser after the
 * page, so the home and article pages (cached for up to an hour) show a list at most a minute old
 * without being rendered more often.
 */
export async function GET(request: NextRequest) {
  const query = sharedAnswers.parse(ZHotItemsQuerySchema, queryOf(request.nextUrl.searchParams))
  if (!query.ok) return query.response
  const { locale, window } = query.data
  try {
    const items = await getHotArticles(locale, window)
    const answer: THotItemsAnswer = {
      window,
      items: items.map(({ card, views }) => ({ slug: card.slug, title: card.title, views })),
    }
    return listAnswers.json(answer)
  } catch (error) {
    if (!databaseUnavailableReason(error)) throw error
    return notKept.unavailable(DATABASE_UNAVAILABLE_MESSAGE)
  }
}
