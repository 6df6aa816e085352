import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { findCoinNews, ZCoinNewsCursor } from '@/lib/queries/findCoinNews'
import type { TWatchlistNewsResponse } from '@/lib/watchlist/newsContract'
import { findOwnWatchlist, isSignedIn, itemIdsOf } from './ownWatchlist'

const ZNewsQuery = z.strictObject(
  {
    /** The edition whose texts and links the items carry. */
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    cursor: ZCoinNewsCursor.optional(),
  },
  { error: '只接受 locale 与 cursor / the parameters are locale and cursor' },
)

/**
 * GET /api/watchlists/news: 自选资讯, the articles and 快讯 linked to the coins of the signed-in
 * reader's watchlist, newest first, a page at a time (`cursor` from the previous answer). Personal,
 * so never kept by any cache; read as a visitor would (published only), whoever asks.
 */
export const watchlistNewsEndpoint: Endpoint = {
  path: '/news',
  method: 'get',
  handler: async (req) => {
    if (!isSignedIn(req)) return privateAnswers.notLoggedIn()
    const query = privateAnswers.parse(ZNewsQuery, queryOf(req.searchParams))
    if (!query.ok) return query.response
    const coinIds = itemIdsOf(await findOwnWatchlist(req))
    const page = await findCoinNews({
      payload: req.payload,
      locale: query.data.locale,
      coinIds,
      cursor: query.data.cursor,
    })
    const body: TWatchlistNewsResponse = {
      items: page.items.map((item) => ({
        ...item,
        coins: item.coins.map(({ id, symbol, marketDataId }) => ({ id, symbol, marketDataId })),
      })),
      nextCursor: page.nextCursor,
      watchlistCoins: coinIds.length,
    }
    return privateAnswers.json(body)
  },
}
