import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import { PANEL_ROWS, type TWatchlistResponse } from '@/lib/watchlist/contract'
import { coinsInOrder, marketMeta, topCoins } from './coinRows'
import { findOwnWatchlist, isSignedIn, itemIdsOf } from './ownWatchlist'

// Unknown parameters are refused rather than ignored: a typo should not pass silently.
const ZPanelQuery = z
  .strictObject(
    {
      /** /watchlist draws 7-day lines; the sidebar panel, which every page loads, does not. */
      include: z.literal('sparklines', { error: 'include 只能是 sparklines / include=sparklines' }),
    },
    { error: '只接受 include=sparklines / the only parameter is include=sparklines' },
  )
  .partial()

/**
 * GET /api/watchlists/panel: everything the 我的自选 panel shows, in one request. A signed-in
 * user gets their own list in their order (empty is fine) and, while it has fewer than PANEL_ROWS
 * coins, `popular`: the top coins by rank not on it, as many as fill the panel; a visitor gets the
 * top coins by rank.
 * `?include=sparklines` adds the 7-day series, so /watchlist also needs only this one request.
 * Pages stay the same for everyone because this is fetched by the browser, never by the page.
 */
export const watchlistPanelEndpoint: Endpoint = {
  path: '/panel',
  method: 'get',
  handler: async (req) => {
    const query = privateAnswers.parse(ZPanelQuery, queryOf(req.searchParams))
    if (!query.ok) return query.response
    const sparklines = query.data.include === 'sparklines'

    let body: TWatchlistResponse
    if (isSignedIn(req)) {
      const ids = itemIdsOf(await findOwnWatchlist(req))
      const coins = await coinsInOrder(req, ids, { sparklines })
      // A new reader's panel would be empty: the market's top coins fill the rows the list leaves.
      const popular = await topCoins(req, PANEL_ROWS - coins.length, {
        sparklines: false,
        excluding: ids,
      })
      body = { personal: true, coins, popular, market: marketMeta() }
    } else {
      body = {
        personal: false,
        coins: await topCoins(req, PANEL_ROWS, { sparklines }),
        market: marketMeta(),
      }
    }
    return privateAnswers.json(body)
  },
}
