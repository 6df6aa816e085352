import type { NextRequest } from 'next/server'

import { flashRssItem } from '@/lib/flash/syndication'
import { displaySettings } from '@/lib/display'
import { flashTimelineTitle } from '@/components/flash/flashHref'
import { localeOfSegment } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TEditionParams } from '@/lib/i18n/editionParams'
import { getFlashPage, resolveFlashFilter } from '@/lib/queries/flashes'
import { buildRss, RSS_ITEM_LIMIT } from '@/lib/syndication/rss'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'

// Dynamic so `next build` never reads the database; the items come from the data cache.
export const dynamic = 'force-dynamic'

type TContext = { params: Promise<TEditionParams> }

/**
 * RSS 2.0 of an edition's 50 newest 快讯: /flash/rss.xml, and one per filter
 * (/flash/rss.xml?filter=important, ?filter=<category>), in every edition.
 */
export async function GET(request: NextRequest, { params }: TContext) {
  const locale = localeOfSegment((await params).edition)
  if (!locale) return notFoundResponse()
  const value = request.nextUrl.searchParams.get('filter') ?? undefined
  const filter = await resolveFlashFilter(value, locale)
  if (!filter) return notFoundResponse()
  const { flash } = messagesFor(locale)
  const page = await getFlashPage({ locale, filter, limit: RSS_ITEM_LIMIT })
  const title = flashTimelineTitle(filter, flash)
  const query = value ? `?filter=${encodeURIComponent(value)}` : ''
  return rssResponse(
    buildRss(
      {
        siteUrl: displaySettings().siteUrl,
        locale,
        title: `${title} · Newsroom`,
        description: flash.description,
        path: `/flash${query}`,
        selfPath: `/flash/rss.xml${query}`,
      },
      page.items.flatMap(flashRssItem),
    ),
  )
}
