import type { TSearchKind, TSearchLanguage } from './entries'
import type { TSearchQuery } from './query'

/**
 * Where a results page starts: title matches come first, then the rest, each newest first (rank
 * descending); the next page begins below `rank` in `phase`.
 */
export type TSearchCursor = { phase: 'title' | 'body'; rank: number }

export type TIndexHit = {
  docId: string
  slug: string | null
  title: string
  text: string
  publishedAt: string
  rank: number
  inTitle: boolean
}

export type TIndexSearch = {
  query: TSearchQuery
  kind: TSearchKind
  language: TSearchLanguage
  cursor: TSearchCursor | null
  limit: number
}

export type TIndexPage = { hits: TIndexHit[]; next: TSearchCursor | null }

/** One phase's rows below `belowRank`, newest first, at most `limit`. */
export type TPhaseReader = (
  search: TIndexSearch,
  phase: TSearchCursor['phase'],
  belowRank: number,
  limit: number,
) => Promise<TIndexHit[]>

/**
 * A page of hits from a phase reader: the title phase, then (when it runs out) the body phase,
 * reading one row more than the page to know whether another page follows.
 */
export async function pageOfHits(search: TIndexSearch, read: TPhaseReader): Promise<TIndexPage> {
  const { cursor, limit } = search
  const hits: TIndexHit[] = []
  if (!cursor || cursor.phase === 'title') {
    const rows = await read(search, 'title', cursor?.rank ?? Number.MAX_SAFE_INTEGER, limit + 1)
    if (rows.length > limit) {
      const page = rows.slice(0, limit)
      return { hits: page, next: { phase: 'title', rank: (page.at(-1) as TIndexHit).rank } }
    }
    hits.push(...rows)
  }
  const below = cursor?.phase === 'body' ? cursor.rank : Number.MAX_SAFE_INTEGER
  const rows = await read(search, 'body', below, limit - hits.length + 1)
  const room = limit - hits.length
  const bodyHits = rows.slice(0, room)
  hits.push(...bodyHits)
  if (rows.length <= room) return { hits, next: null }
  // A page filled by title matches starts the body phase from its top.
  return { hits, next: { phase: 'body', rank: bodyHits.at(-1)?.rank ?? below } }
}
