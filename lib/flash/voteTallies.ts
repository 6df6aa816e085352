import type { PayloadRequest } from 'payload'

import type { TDocumentId } from '@/lib/db/documentId'
import type { TVote } from './voteContract'

/** 利好 and 利空 among the flash's rows, counted afresh so that a lost update cannot last. */
async function countVotes(req: PayloadRequest, flash: TDocumentId) {
  const count = async (vote: TVote) => {
    const { totalDocs } = await req.payload.count({
      collection: 'flash-votes',
      where: { and: [{ flash: { equals: flash } }, { vote: { equals: vote } }] },
      overrideAccess: true,
      req,
    })
    return totalDocs
  }
  // One after the other: Local API calls that share a request must not overlap its transaction.
  const bullish = await count('bullish')
  const bearish = await count('bearish')
  return { bullish, bearish }
}

/**
 * Recounts a flash's tallies and writes them past the hooks (collections/Flashes/hooks/
 * keepVoteTallies.ts keeps them on every other save): a vote is no edit, so it makes no version
 * and expires no cached page.
 */
export async function recountVoteTallies(req: PayloadRequest, flash: TDocumentId) {
  const tallies = await countVotes(req, flash)
  await req.payload.db.updateOne({
    collection: 'flashes',
    where: { id: { equals: flash } },
    data: { votes: tallies },
    returning: false,
    req,
  })
  return tallies
}
