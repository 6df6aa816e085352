import type { PayloadRequest, TypedUser } from 'payload'

import { idOfRelation, type TDocumentId } from '@/lib/db/documentId'
import type { TVote } from '@/lib/flash/voteContract'

export type TOwnVote = { id: TDocumentId; vote: TVote }

/**
 * The signed-in user's votes on these flashes, by flash id (as text). Scoped to the user's own
 * rows even for admins, whose read access covers everyone's.
 */
export async function findOwnVotes(
  req: PayloadRequest,
  user: TypedUser,
  flashIds: TDocumentId[],
): Promise<Map<string, TOwnVote>> {
  const found = await req.payload.find({
    collection: 'flash-votes',
    where: { and: [{ user: { equals: user.id } }, { flash: { in: flashIds } }] },
    select: { flash: true, vote: true },
    depth: 0,
    limit: flashIds.length,
    pagination: false,
    overrideAccess: false,
    user,
    req,
  })
  const votes = new Map<string, TOwnVote>()
  for (const doc of found.docs) {
    const flash = idOfRelation(doc.flash)
    if (flash !== null) votes.set(String(flash), { id: doc.id, vote: doc.vote })
  }
  return votes
}
