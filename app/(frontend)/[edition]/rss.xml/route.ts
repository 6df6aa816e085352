import { displaySettings } from '@/lib/display'
import { localeOfSegment } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TEditionParams } from '@/lib/i18n/editionParams'
import { buildRss } from '@/lib/syndication/rss'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'
import { getRssItems } from '@/lib/queries/feeds'

// Dynamic so `next build` never reads the database; the items themselves come from the data cache.
export const dynamic = 'force-dynamic'

type TContext = { params: Promise<TEditionParams> }

/** RSS 2.0 of an edition's 50 newest published articles (全部): /rss.xml, /zh-tw/rss.xml, /en/rss.xml. */
export async function GET(_request: Request, { params }: TContext) {
  const locale = localeOfSegment((await params).edition)
  if (!locale) return notFoundResponse()
  const { siteUrl } = displaySettings()
  const { site } = messagesFor(locale)
  const items = await getRssItems(undefined, locale)
  return rssResponse(
    buildRss(
      {
        siteUrl,
        locale,
        title: site.title,
        description: site.description,
        path: '/',
        selfPath: '/rss.xml',
      },
      items,
    ),
  )
}
