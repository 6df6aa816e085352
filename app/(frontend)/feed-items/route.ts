import type { NextRequest } from 'next/server'
import { z } from 'zod'

import { toCardView } from '@/components/feed/cardView'
import { answersWith, queryOf, sharedAnswers } from '@/endpoints/respond'
import { displaySettings } from '@/lib/display'
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from '@/lib/db/unavailable'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { getFeedPage, getTabs } from '@/lib/queries'
import { ZScopeSchema } from '@/lib/queries/scope'

const ZFeedItemsQuerySchema = z.object({
  scope: ZScopeSchema.default('all'),
  cursor: ZCursorSchema,
  /** The edition whose cards these are (their tag names, titles and texts). */
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
})

// A page is the same for everyone, so the edge may keep it for a second.
const feedPageAnswers = answersWith({ 'Cache-Control': 'public, max-age=0, s-maxage=1' })
const notKept = answersWith({ 'Cache-Control': 'no-store', 'Retry-After': '5' })

/** JSON for 加载更多: the next page of a feed after a cursor. Public and the same for everyone. */
export async function GET(request: NextRequest) {
  const query = sharedAnswers.parse(ZFeedItemsQuerySchema, queryOf(request.nextUrl.searchParams))
  if (!query.ok) return query.response
  const { scope, cursor, locale } = query.data
  try {
    const tabs = await getTabs(locale)
    const tag = scope === 'all' ? undefined : tabs.find((tab) => tab.slug === scope)
    if (scope !== 'all' && !tag) return sharedAnswers.notFound(`unknown tag: ${scope}`)
    const page = await getFeedPage({ tag, cursor, tabs, locale })
    const { timeZone } = displaySettings()
    const items = page.items.map((card) => toCardView(card, timeZone, locale))
    return feedPageAnswers.json({ ...page, items })
  } catch (error) {
    if (!databaseUnavailableReason(error)) throw error
    return notKept.unavailable(DATABASE_UNAVAILABLE_MESSAGE)
  }
}
