import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers } from '@/endpoints/respond'
import { getMarketDataProvider } from '@/lib/market/provider'
import { COIN_SEARCH_SELECT, findCollectionMatches, type TCoinDoc } from './collectionMatches'
import { searchProvider } from './searchProvider'

const COLLECTION_LIMIT = 10
// The database narrows by "contains" and sorts by rank; the best matches are picked from this many.
const COLLECTION_CANDIDATES = 50
const RESULT_LIMIT = 20

// Letters of any script, digits, spaces, "." and "-": enough for names and tickers, and nothing
// that Payload's `like` (SQL LIKE, MongoDB regex) would read as a wildcard.
const ZSearchQuery = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'q is required, e.g. ?q=btc')
      .max(40, 'q may be at most 40 characters long')
      .regex(/^[\p{L}\p{M}\p{N} .-]+$/u, 'q may contain only letters, digits, spaces, "." and "-"'),
  )

export type TSearchHit = {
  marketDataId: string
  symbol: string
  name: string
  /** 中文名, when the collection has one (never from the provider). */
  nameZh: string | null
  rank: number | null
  thumb: string | null
  /** Already in the `coins` collection (then `coinId` is its id); otherwise adopt it first. */
  inCollection: boolean
  coinId: number | string | null
}

const fromCoin = (coin: TCoinDoc): TSearchHit => ({
  marketDataId: coin.marketDataId,
  symbol: coin.symbol,
  name: coin.name,
  nameZh: coin.nameZh ?? null,
  rank: coin.rank ?? null,
  thumb: null,
  inCollection: true,
  coinId: coin.id,
})

/**
 * GET /api/coins/search?q=btc — coins of the collection first (symbol, name, 中文名, alias or
 * provider id, case-insensitive, best match first: collectionMatches.ts), then, for signed-in readers, what
 * the provider knows (searchProvider.ts), each marked with whether it is in the collection. A
 * provider failure or a spent budget still answers with the collection's coins.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = privateAnswers.parse(ZSearchQuery, req.searchParams?.get('q') ?? '')
    if (!parsed.ok) return parsed.response
    const q = parsed.data

    const local = await findCollectionMatches(req, q, COLLECTION_CANDIDATES)
    const hits: TSearchHit[] = local.slice(0, COLLECTION_LIMIT).map(fromCoin)

    const remote = await searchProvider(req, q)
    const listed = new Set(hits.map((hit) => hit.marketDataId))
    const fresh = remote.coins.filter((coin) => !listed.has(coin.id))
    // The provider may match coins of the collection that our own query did not (aliases).
    const known = fresh.length
      ? await req.payload.find({
          collection: 'coins',
          where: { marketDataId: { in: fresh.map((coin) => coin.id) } },
          select: COIN_SEARCH_SELECT,
          depth: 0,
          limit: fresh.length,
          pagination: false,
          overrideAccess: false,
          req,
        })
      : { docs: [] }
    const knownById = new Map(known.docs.map((doc) => [doc.marketDataId, doc as TCoinDoc]))
    for (const coin of fresh) {
      const stored = knownById.get(coin.id)
      hits.push(
        stored
          ? { ...fromCoin(stored), thumb: coin.thumb }
          : {
              marketDataId: coin.id,
              symbol: coin.symbol,
              name: coin.name,
              nameZh: null,
              rank: coin.rank,
              thumb: coin.thumb,
              inCollection: false,
              coinId: null,
            },
      )
    }

    const provider = getMarketDataProvider()
    return privateAnswers.json({
      results: hits.slice(0, RESULT_LIMIT),
      provider: { name: provider.name, sampleData: provider.isSampleData, ...remote.status },
    })
  },
}
