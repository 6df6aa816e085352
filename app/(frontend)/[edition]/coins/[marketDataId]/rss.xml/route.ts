import { displaySettings } from '@/lib/display'
import type { TEditionParams } from '@/lib/i18n/editionParams'
import { formatMessage } from '@/lib/i18n/format'
import { localeOfSegment } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getCoinProfile, getCoinRssItems } from '@/lib/queries/coins'
import { ZMarketDataIdSchema } from '@/lib/queries/findCoinPage'
import { safeDecode } from '@/lib/queries/scope'
import { buildRss } from '@/lib/syndication/rss'
import { notFoundResponse, rssResponse } from '@/lib/syndication/response'
import { SITE_NAME } from '@/lib/syndication/seo'

export const dynamic = 'force-dynamic'

type TContext = { params: Promise<TEditionParams & { marketDataId: string }> }

/** RSS 2.0 of the 50 newest published articles linked to one coin; an unknown coin is a 404. */
export async function GET(_request: Request, { params }: TContext) {
  const { edition, marketDataId: raw } = await params
  const locale = localeOfSegment(edition)
  const marketDataId = ZMarketDataIdSchema.safeParse(safeDecode(raw))
  const coin =
    locale && marketDataId.success ? await getCoinProfile(marketDataId.data, locale) : null
  if (!locale || !coin) return notFoundResponse()
  const names = { name: coin.name, symbol: coin.symbol }
  const text = messagesFor(locale).coin
  return rssResponse(
    buildRss(
      {
        siteUrl: displaySettings().siteUrl,
        locale,
        title: `${formatMessage(text.title, names)} · ${SITE_NAME}`,
        description: formatMessage(text.description, names),
        path: `/coins/${coin.marketDataId}`,
        selfPath: `/coins/${coin.marketDataId}/rss.xml`,
      },
      await getCoinRssItems(coin.id, locale),
    ),
  )
}
