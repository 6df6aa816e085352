import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import type { TWatchlistResponse } from '@/lib/watchlist/contract'
import { coinsInOrder, marketMeta } from './coinRows'
import { findOwnWatchlist, isSignedIn, itemIdsOf } from './ownWatchlist'

const ZMineQuery = z.strictObject(
  {},
  { error: '此接口不接受参数 / this endpoint takes no parameters' },
)

/**
 * GET /api/watchlists/mine: the signed-in user's list in order (empty before the first save), with
 * the 7-day series that /watchlist draws.
 */
export const getMyWatchlistEndpoint: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    if (!isSignedIn(req)) return privateAnswers.notLoggedIn()
    const query = privateAnswers.parse(ZMineQuery, queryOf(req.searchParams))
    if (!query.ok) return query.response

    const list = await findOwnWatchlist(req)
    const body: TWatchlistResponse = {
      personal: true,
      coins: await coinsInOrder(req, itemIdsOf(list), { sparklines: true }),
      market: marketMeta(),
    }
    return privateAnswers.json(body)
  },
}
