import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { readJsonBody } from '@/endpoints/readJsonBody'
import { sharedAnswers } from '@/endpoints/respond'
import { databaseUnavailableReason } from '@/lib/db/unavailable'
import { getMarketDataProvider } from '@/lib/market/provider'
import { takeReaderCall } from '@/lib/market/readerBudget'
import { marketPatch } from '@/lib/market/refresh'
import { getEnv } from '@/lib/env'
import type { TMarketQuote } from '@/lib/market/types'
import { MARKET_DATA_ID } from './marketDataId'
import { publicQuote, QUOTE_SELECT } from './publicQuote'

/** `{ "marketDataId": "…" }` with a 100-character id is far below this. */
const MAX_BODY_CHARACTERS = 2_048
const SEND_AN_OBJECT = 'send a JSON object such as { "marketDataId": "bitcoin" }'

const ZAdoptBody = z.object(
  {
    marketDataId: z
      .string({ message: 'marketDataId is required, e.g. { "marketDataId": "bitcoin" }' })
      .trim()
      .toLowerCase()
      .regex(MARKET_DATA_ID, 'marketDataId may contain only a-z, 0-9 and "-" (e.g. bitcoin)'),
  },
  { message: SEND_AN_OBJECT },
)

/**
 * POST /api/coins/adopt { marketDataId } — the coin with this provider id, created in the
 * collection on first use so that it can be put on a watchlist. Any signed-in user may call it
 * (coins are otherwise written by staff only), but only for ids the provider knows, with the
 * provider's symbol, name and figures. Each call that asks the provider spends one of the user's
 * adopts for the day (coinAdoptPerUser); a listed coin is answered without asking.
 */
export const adoptEndpoint: Endpoint = {
  path: '/adopt',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return sharedAnswers.notLoggedIn()
    // The reason a body is unusable matters less here than what to send instead.
    const body = await readJsonBody(req, { maxCharacters: MAX_BODY_CHARACTERS })
    if (!body.ok) return sharedAnswers.badRequest(SEND_AN_OBJECT)
    const parsed = sharedAnswers.parse(ZAdoptBody, body.value)
    if (!parsed.ok) return parsed.response
    const { marketDataId } = parsed.data

    const existing = await findByMarketDataId(req, marketDataId)
    if (existing) return answerWithCoin(existing, false)

    const provider = getMarketDataProvider()
    // Bundled samples cost nothing; only a remote provider's quota is rationed.
    if (!provider.isSampleData) {
      const permit = await takeReaderCall({ rule: 'coinAdoptPerUser', userId: req.user.id })
      if (!permit.granted && permit.spentBy === 'reader') {
        return sharedAnswers.tooManyRequests(permit.retryAfterSeconds)
      }
      if (!permit.granted) {
        return sharedAnswers.unavailable(
          'too many coins are being added right now; try again in a minute',
        )
      }
    }
    let quote: TMarketQuote | undefined
    try {
      const quotes = await provider.fetchQuotes([marketDataId], {
        interactive: true,
      })
      quote = quotes.find((candidate) => candidate.id === marketDataId)
    } catch (error) {
      req.payload.logger.warn(`coin adopt: provider failed: ${(error as Error).message}`)
      return sharedAnswers.unavailable(
        'the market data provider is unavailable; try again in a minute',
      )
    }
    if (!quote) {
      return sharedAnswers.notFound(`the market data provider does not know "${marketDataId}"`)
    }

    try {
      const created = await req.payload.create({
        collection: 'coins',
        data: {
          marketDataId,
          // The collection's limits; some tokens have very long names or tickers.
          symbol: quote.symbol.slice(0, 20) || marketDataId.slice(0, 20).toUpperCase(),
          name: quote.name.slice(0, 80) || marketDataId,
          ...marketPatch(quote),
        },
        depth: 0,
        // Readers may not create coins directly; this endpoint vouches for the data.
        overrideAccess: true,
      })
      return answerWithCoin(created, true)
    } catch (error) {
      // Answered 503 (and logged) by the error hook in lib/logging/requestErrors.ts.
      if (databaseUnavailableReason(error)) throw error
      // Two readers adopting the same coin at once: the unique marketDataId lets one create it.
      const winner = await findByMarketDataId(req, marketDataId)
      if (winner) return answerWithCoin(winner, false)
      req.payload.logger.warn(
        `coin adopt: ${marketDataId} not created: ${(error as Error).message}`,
      )
      return sharedAnswers.badRequest(`"${marketDataId}" could not be added`)
    }
  },
}

function answerWithCoin(coin: Parameters<typeof publicQuote>[0], created: boolean): Response {
  return sharedAnswers.json(
    { doc: publicQuote(coin, getEnv().MARKET_REFRESH_SECONDS), created },
    created ? 201 : 200,
  )
}

async function findByMarketDataId(req: PayloadRequest, marketDataId: string) {
  const { docs } = await req.payload.find({
    collection: 'coins',
    where: { marketDataId: { equals: marketDataId } },
    select: QUOTE_SELECT,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}
