import type { Endpoint, Where } from 'payload'
import { z } from 'zod'

import { sharedAnswers } from '@/endpoints/respond'
import { getEnv } from '@/lib/env'
import { getMarketDataProvider } from '@/lib/market/provider'
import { documentId } from '@/lib/db/documentId'
import { MARKET_DATA_ID } from './marketDataId'
import { publicQuote, QUOTE_SELECT } from './publicQuote'

export const MAX_QUOTE_IDS = 250

const ZQuoteIds = z
  .string()
  // A whole query string of ids is refused before it is split.
  .max(MAX_QUOTE_IDS * 101, `at most ${MAX_QUOTE_IDS} ids per request`)
  .transform((raw) => [
    ...new Set(
      raw
        .split(',')
        .map((token) => token.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(
        z
          .string()
          .regex(MARKET_DATA_ID, 'each id may contain only a-z, 0-9 and "-" (e.g. bitcoin)'),
      )
      .min(1, 'ids is required, e.g. ?ids=bitcoin,ethereum')
      .max(MAX_QUOTE_IDS, `at most ${MAX_QUOTE_IDS} ids per request`),
  )

/**
 * GET /api/coins/quotes?ids=bitcoin,ethereum,12 — the stored market figures of up to 250 coins,
 * by provider id or document id, in the order asked. Reads the database only, never the provider:
 * readers must not be able to spend our provider quota.
 */
export const quotesEndpoint: Endpoint = {
  path: '/quotes',
  method: 'get',
  handler: async (req) => {
    const raw = (req.searchParams?.getAll('ids') ?? []).join(',')
    const parsed = sharedAnswers.parse(ZQuoteIds, raw)
    if (!parsed.ok) return parsed.response
    const tokens = parsed.data

    const documentIds = tokens.filter((token) => documentId(token, req.payload) !== null)
    const or: Where[] = [{ marketDataId: { in: tokens } }]
    if (documentIds.length) or.push({ id: { in: documentIds } })
    const { docs } = await req.payload.find({
      collection: 'coins',
      where: { or },
      select: QUOTE_SELECT,
      depth: 0,
      limit: MAX_QUOTE_IDS * 2,
      pagination: false,
      overrideAccess: false,
      req,
    })

    const env = getEnv()
    const now = new Date()
    const found = new Map<string, (typeof docs)[number]>()
    for (const doc of docs) {
      found.set(doc.marketDataId, doc)
      found.set(String(doc.id), doc)
    }
    const seen = new Set<string>()
    const quotes = []
    const notFound: string[] = []
    for (const token of tokens) {
      const doc = found.get(token)
      if (!doc) notFound.push(token)
      else if (!seen.has(String(doc.id))) {
        seen.add(String(doc.id))
        quotes.push(publicQuote(doc, env.MARKET_REFRESH_SECONDS, now))
      }
    }
    return sharedAnswers.json({
      docs: quotes,
      notFound,
      sampleData: getMarketDataProvider().isSampleData,
      refreshSeconds: env.MARKET_REFRESH_SECONDS,
    })
  },
}
