import type { CollectionBeforeChangeHook } from 'payload'

/** 利好 / 利空 counts of a flash; missing (a flash saved before votes existed) counts as 0. */
export type TVoteTallies = { bullish: number; bearish: number }

const NO_VOTES: TVoteTallies = { bullish: 0, bearish: 0 }

const countOf = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0

/** The tallies stored on a flash document, whatever shape it came in. */
export function talliesOf(doc: unknown): TVoteTallies {
  const votes = doc && typeof doc === 'object' && 'votes' in doc ? doc.votes : undefined
  if (!votes || typeof votes !== 'object') return NO_VOTES
  return {
    bullish: countOf('bullish' in votes ? votes.bullish : undefined),
    bearish: countOf('bearish' in votes ? votes.bearish : undefined),
  }
}

/**
 * 利好 / 利空 are counted by POST /api/flashes/:id/vote only (endpoints/flashes/vote.ts), which
 * writes them past the hooks. A save through the admin, REST or a job keeps what is stored and
 * never takes the request's numbers, so nobody can set a count by hand.
 *
 * `originalDoc` is the latest version, whose copy of the counts dates from the last save (votes
 * change only the document itself), so the stored counts are read from the document.
 */
export const keepVoteTallies: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create' || !originalDoc) return { ...data, votes: NO_VOTES }
  const stored = await req.payload.db.findOne({
    collection: 'flashes',
    where: { id: { equals: originalDoc.id } },
    select: { votes: true },
    req,
  })
  return { ...data, votes: talliesOf(stored ?? originalDoc) }
}
