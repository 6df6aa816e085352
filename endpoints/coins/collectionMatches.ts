import type { PayloadRequest } from 'payload'

import { rankCoinMatches } from '@/lib/coins/rankCoinMatches'

export const COIN_SEARCH_SELECT = {
  marketDataId: true,
  symbol: true,
  name: true,
  nameZh: true,
  aliases: true,
  rank: true,
} as const

export type TCoinDoc = {
  id: number | string
  marketDataId: string
  symbol: string
  name: string
  nameZh?: string | null
  aliases?: string[] | null
  rank?: number | null
}

/**
 * The collection's coins for `q`, best match first (lib/coins/rankCoinMatches.ts): the ticker,
 * then a whole name, 中文名 or alias, then beginnings, then matches inside. The database narrows
 * by "contains" on every name and sorts by rank, which could leave a low-ranked coin with the
 * exact ticker out of the candidates, so the exact ticker is asked for on its own (an index hit).
 * Run with the asking user's access.
 */
export async function findCollectionMatches(
  req: PayloadRequest,
  q: string,
  candidates: number,
): Promise<TCoinDoc[]> {
  // Full-width letters (what a Chinese input method may type) compare as plain ones.
  const query = q.normalize('NFKC')
  const common = {
    collection: 'coins',
    select: COIN_SEARCH_SELECT,
    depth: 0,
    overrideAccess: false,
    req,
  } as const
  const [exact, contains] = await Promise.all([
    req.payload.find({
      ...common,
      where: { symbol: { equals: query.toUpperCase() } },
      sort: 'rank',
      limit: candidates,
    }),
    req.payload.find({
      ...common,
      where: {
        or: [
          { symbol: { like: query } },
          { name: { like: query } },
          { nameZh: { like: query } },
          { aliases: { like: query } },
          { marketDataId: { like: query } },
        ],
      },
      sort: 'rank',
      limit: candidates,
    }),
  ])
  const byId = new Map<string, TCoinDoc>()
  for (const doc of [...exact.docs, ...contains.docs]) byId.set(String(doc.id), doc as TCoinDoc)
  return rankCoinMatches([...byId.values()], query)
}
