import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { interactiveCalls } from '@/lib/market/callBudget'
import { getMarketDataProvider } from '@/lib/market/provider'
import { marketPatch } from '@/lib/market/refresh'
import { getEnv } from '@/lib/env'
import type { TMarketQuote } from '@/lib/market/types'
import { firstIssue, jsonError, MARKET_DATA_ID, publicQuote, QUOTE_SELECT } from './respond'

const MAX_BODY_BYTES = 2_048

const ZAdoptBody = z.object(
  {
    marketDataId: z
      .string({ message: 'marketDataId is required, e.g. { "marketDataId": "bitcoin" }' })
      .trim()
      .toLowerCase()
      .regex(MARKET_DATA_ID, 'marketDataId may contain only a-z, 0-9 and "-" (e.g. bitcoin)'),
  },
  { message: 'send a JSON object such as { "marketDataId": "bitcoin" }' },
)

/**
 * POST /api/coins/adopt { marketDataId } — the coin with this provider id, created in the
 * collection on first use so that it can be put on a watchlist. Any signed-in user may call it
 * (coins are otherwise written by staff only), but only for ids the provider knows, with the
 * provider's symbol, name and figures.
 */
export const adoptEndpoint: Endpoint = {
  path: '/adopt',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return jsonError(401, 'log in to add a coin')
    const body = await readJson(req)
    if (body === undefined)
      return jsonError(400, 'send a JSON object such as { "marketDataId": "bitcoin" }')
    const parsed = ZAdoptBody.safeParse(body)
    if (!parsed.success) return jsonError(400, firstIssue(parsed.error))
    const { marketDataId } = parsed.data

    const existing = await findByMarketDataId(req, marketDataId)
    if (existing) return respond(existing, false)

    const provider = getMarketDataProvider()
    // Bundled samples cost nothing; only a remote provider's quota is rationed.
    if (!provider.isSampleData && !interactiveCalls.tryTake()) {
      return jsonError(503, 'too many coins are being added right now; try again in a minute')
    }
    let quote: TMarketQuote | undefined
    try {
      const quotes = await getMarketDataProvider().fetchQuotes([marketDataId], {
        interactive: true,
      })
      quote = quotes.find((candidate) => candidate.id === marketDataId)
    } catch (error) {
      req.payload.logger.warn(`coin adopt: provider failed: ${(error as Error).message}`)
      return jsonError(503, 'the market data provider is unavailable; try again in a minute')
    }
    if (!quote) return jsonError(404, `the market data provider does not know "${marketDataId}"`)

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
      return respond(created, true)
    } catch (error) {
      // Two readers adopting the same coin at once: the unique marketDataId lets one create it.
      const winner = await findByMarketDataId(req, marketDataId)
      if (winner) return respond(winner, false)
      req.payload.logger.warn(
        `coin adopt: ${marketDataId} not created: ${(error as Error).message}`,
      )
      return jsonError(400, `"${marketDataId}" could not be added`)
    }
  },
}

function respond(coin: Parameters<typeof publicQuote>[0], created: boolean): Response {
  return Response.json(
    { doc: publicQuote(coin, getEnv().MARKET_REFRESH_SECONDS), created },
    { status: created ? 201 : 200 },
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

/** The parsed JSON body, or undefined when it is missing, too large or not JSON. */
async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    const text = (await req.text?.()) ?? ''
    if (!text || Buffer.byteLength(text) > MAX_BODY_BYTES) return undefined
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
