import { APIError, ValidationError, type Endpoint } from 'payload'

import type { Watchlist } from '@/payload-types'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { privateAnswers } from '@/endpoints/respond'
import { documentId } from '@/lib/db/documentId'
import { databaseUnavailableReason } from '@/lib/db/unavailable'
import type { TWatchlistResponse } from '@/lib/watchlist/contract'
import { findCoinsByIds, marketMeta, toWatchlistCoin } from './coinRows'
import { findOwnWatchlist, isSignedIn } from './ownWatchlist'
import { ZSaveWatchlistBody } from './saveBody'

/** 200 coin ids fit in a few KB; anything far larger is not a watchlist. */
const MAX_BODY_CHARACTERS = 32_000

type TSignedInRequest = Parameters<typeof findOwnWatchlist>[0]

/** Creates the list on the first save; a concurrent first save loses the race and updates. */
async function saveItems(
  req: TSignedInRequest,
  ids: (number | string)[],
): Promise<{ doc: Watchlist; created: boolean }> {
  // The generated types assume SQLite's numeric ids; on MongoDB the same values are strings.
  const items = ids as number[]
  const asUser = { overrideAccess: false, user: req.user, req, depth: 0 } as const
  const update = (id: Watchlist['id']) =>
    req.payload.update({ collection: 'watchlists', id, data: { items }, ...asUser })

  const existing = await findOwnWatchlist(req)
  if (existing) return { doc: await update(existing.id), created: false }
  try {
    const doc = await req.payload.create({
      collection: 'watchlists',
      data: { owner: req.user.id, items },
      ...asUser,
    })
    return { doc, created: true }
  } catch (error) {
    const raced = await findOwnWatchlist(req)
    if (!raced) throw error
    return { doc: await update(raced.id), created: false }
  }
}

/**
 * PUT /api/watchlists/mine { items: id[] }: replaces the signed-in user's list with exactly these
 * coins in this order and answers with the saved list. Written through the Local API as that user,
 * so the collection's access rules and validation apply as they would to any REST write.
 */
export const putMyWatchlistEndpoint: Endpoint = {
  path: '/mine',
  method: 'put',
  handler: async (req) => {
    if (!isSignedIn(req)) return privateAnswers.notLoggedIn()

    const body = await readJsonBody(req, { maxCharacters: MAX_BODY_CHARACTERS })
    if (!body.ok) return privateAnswers.badRequest(body.error)
    const parsed = privateAnswers.parse(ZSaveWatchlistBody, body.value)
    if (!parsed.ok) return parsed.response

    const requested = parsed.data.items
    // An id no coin can have is "no such coin" (a 400), not a query the adapter rejects (a 500).
    const storedIds = requested.map((id) => documentId(id, req.payload))
    const coins = await findCoinsByIds(
      req,
      storedIds.filter((id): id is number | string => id !== null),
    )
    const unknown = requested.filter((_, index) => !coins.has(String(storedIds[index])))
    if (unknown.length > 0) {
      return privateAnswers.badRequest(
        `币种不存在 / unknown coin id: ${unknown.slice(0, 5).join(', ')}`,
      )
    }

    try {
      const { doc, created } = await saveItems(req, storedIds as (number | string)[])
      const saved = (doc.items ?? []).flatMap((item) => {
        const coin = coins.get(String(typeof item === 'object' ? item.id : item))
        return coin ? [toWatchlistCoin(coin, { sparklines: true })] : []
      })
      const answer: TWatchlistResponse = { personal: true, coins: saved, market: marketMeta() }
      return privateAnswers.json(answer, created ? 201 : 200)
    } catch (error) {
      if (error instanceof ValidationError) {
        const messages = error.data.errors.map((fieldError) => fieldError.message)
        return privateAnswers.badRequest(messages.join('; ') || error.message)
      }
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        return privateAnswers.error(error.status, error.message)
      }
      // Answered 503 (and logged) by the error hook in lib/logging/requestErrors.ts.
      if (databaseUnavailableReason(error)) throw error
      req.payload.logger.error({ err: error, msg: 'saving a watchlist failed' })
      return privateAnswers.error(500, '保存失败,请稍后再试 / could not save, try again later')
    }
  },
}
