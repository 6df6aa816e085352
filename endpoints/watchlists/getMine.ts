import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { TWatchlistResponse } from '@/lib/watchlist/contract'
import { coinsInOrder, marketMeta } from './coinRows'
import { findOwnWatchlist, isSignedIn, itemIdsOf } from './ownWatchlist'
import { errorResponse, jsonResponse, NOT_LOGGED_IN } from './respond'

const ZMineQuery = z.strictObject({})

/**
 * GET /api/watchlists/mine: the signed-in user's list in order (empty before the first save), with
 * the 7-day series that /watchlist draws.
 */
export const getMyWatchlistEndpoint: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    if (!isSignedIn(req)) return errorResponse(401, NOT_LOGGED_IN)
    const query = ZMineQuery.safeParse(Object.fromEntries(req.searchParams ?? []))
    if (!query.success)
      return errorResponse(400, '此接口不接受参数 / this endpoint takes no parameters')

    const list = await findOwnWatchlist(req)
    const body: TWatchlistResponse = {
      personal: true,
      coins: await coinsInOrder(req, itemIdsOf(list), { sparklines: true }),
      market: marketMeta(),
    }
    return jsonResponse(body)
  },
}
