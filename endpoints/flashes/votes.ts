import type { Endpoint } from 'payload'
import { z } from 'zod'

import { talliesOf } from '@/collections/Flashes/hooks/keepVoteTallies'
import { privateAnswers, queryOf } from '@/endpoints/respond'
import { documentIds } from '@/lib/db/documentId'
import { MAX_VOTE_IDS, type TVotesAnswer } from '@/lib/flash/voteContract'
import { ZFlashIdSchema } from './flashIdSchema'
import { findOwnVotes } from './ownVotes'

const TOO_MANY = `ids 最多 ${MAX_VOTE_IDS} 个 / at most ${MAX_VOTE_IDS} ids`

const ZVotesQuerySchema = z.strictObject(
  {
    ids: z
      .string({ message: '缺少参数 ids / ids is required' })
      // Checked before splitting, so a huge parameter costs nothing: 50 ids of 64 characters.
      .max(MAX_VOTE_IDS * 65, TOO_MANY)
      .transform((list) => list.split(','))
      .pipe(z.array(ZFlashIdSchema).max(MAX_VOTE_IDS, TOO_MANY)),
  },
  { error: '只接受 ids 参数 / the only parameter is ids' },
)

/**
 * GET /api/flashes/votes?ids=<id>,<id>,…: the 利好 / 利空 counts of a page's flashes in one request
 * (the timeline is the same cached HTML for everyone), with the signed-in reader's own votes.
 * Visitors get the counts too. Flashes the caller may not see (drafts) and unknown ids are left
 * out. Private all the same: `mine` depends on the login cookie.
 */
export const flashVotesEndpoint: Endpoint = {
  path: '/votes',
  method: 'get',
  handler: async (req) => {
    const query = privateAnswers.parse(ZVotesQuerySchema, queryOf(req.searchParams))
    if (!query.ok) return query.response
    // Ids no flash of this database can have (`abc` on SQLite) are simply not there.
    const ids = documentIds([...new Set(query.data.ids)], req.payload)
    if (ids.length === 0) return privateAnswers.json({ votes: [] } satisfies TVotesAnswer)

    const user = req.user ?? undefined
    const flashes = await req.payload.find({
      collection: 'flashes',
      where: { id: { in: ids } },
      select: { votes: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    const mine =
      user && flashes.docs.length > 0
        ? await findOwnVotes(
            req,
            user,
            flashes.docs.map((doc) => doc.id),
          )
        : new Map<string, never>()

    const answer: TVotesAnswer = {
      votes: flashes.docs.map((doc) => ({
        flash: String(doc.id),
        ...talliesOf(doc),
        mine: mine.get(String(doc.id))?.vote ?? null,
      })),
    }
    return privateAnswers.json(answer)
  },
}
