import type { Payload, Where } from 'payload'

import type { TIndexHit, TPhaseReader } from './indexHits'
import { phraseSubstring } from './tokens'

type TStored = {
  docId: string
  slug?: string | null
  title?: string | null
  text?: string | null
  publishedAt: string
  rank: number
  titleTokens: string
}

/** Body-phase rows read per round while title matches are skipped. */
const ROUND = 100

/**
 * The path every database has: the token strings' phrases as substrings (`contains`). Correct
 * anywhere and what the SQLite FTS path is checked against (tests/int/search-index.int.spec.ts);
 * on MongoDB it scans, which docs/search.md weighs against a text index.
 */
export function portablePhaseReader(payload: Payload): TPhaseReader {
  return async (search, phase, belowRank, limit) => {
    const substrings = search.query.phrases.map(phraseSubstring)
    const field = phase === 'title' ? 'titleTokens' : 'tokens'
    const hits: TIndexHit[] = []
    let below = belowRank
    for (;;) {
      const where: Where = {
        and: [
          { kind: { equals: search.kind } },
          { language: { equals: search.language } },
          { rank: { less_than: below } },
          ...substrings.map((text) => ({ [field]: { contains: text } })),
        ],
      }
      const { docs } = await payload.find({
        collection: 'search-documents',
        where,
        sort: '-rank',
        limit: phase === 'title' ? limit : ROUND,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const rows = docs as unknown as TStored[]
      for (const row of rows) {
        const inTitle = substrings.every((text) => row.titleTokens.includes(text))
        if (phase === 'body' && inTitle) continue
        hits.push({
          docId: row.docId,
          slug: row.slug ?? null,
          title: row.title ?? '',
          text: row.text ?? '',
          publishedAt: row.publishedAt,
          rank: row.rank,
          inTitle: phase === 'title',
        })
        if (hits.length === limit) return hits
      }
      if (phase === 'title' || rows.length < ROUND) return hits
      below = (rows.at(-1) as TStored).rank
    }
  }
}
