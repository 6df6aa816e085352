import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { z } from 'zod'

import type { FlashVote } from '@/payload-types'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { recountVoteTallies } from '@/lib/flash/voteTallies'
import { privateAnswers } from '@/endpoints/respond'
import { documentId, type TDocumentId } from '@/lib/db/documentId'
import { databaseUnavailableReason } from '@/lib/db/unavailable'
import { VOTES, type TVote, type TVoteAnswer } from '@/lib/flash/voteContract'
import { FLASH_ID_PATTERN } from './flashIdSchema'
import { findOwnVotes } from './ownVotes'

/** `{"vote":"bullish"}` is 18 characters; anything far larger is not a vote. */
const MAX_BODY_CHARACTERS = 1_000

const VOTE_MESSAGE =
  'vote 须为 "bullish"(利好)、"bearish"(利空)或 null / vote must be "bullish", "bearish" or null'

const ZVoteBodySchema = z.strictObject(
  { vote: z.enum(VOTES, { error: VOTE_MESSAGE }).nullable() },
  {
    error: (issue) => {
      if (issue.code === 'invalid_type')
        return '请求体必须是 { "vote": … } / the body must be an object { "vote": … }'
      if (issue.code === 'unrecognized_keys')
        return `只接受 vote 字段 / the only field is vote, not ${issue.keys.join(', ')}`
      return undefined
    },
  },
)

/** The flash id of the path, as the database stores it; null when no flash can have it. */
function flashIdOf(req: PayloadRequest): TDocumentId | null {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !FLASH_ID_PATTERN.test(id)) return null
  return documentId(id, req.payload)
}

/**
 * Makes the user's one row for this flash say `vote`, or removes it. Written as the system: the
 * collection lets nobody write (collections/FlashVotes.ts), this endpoint has checked who asks.
 */
async function saveVote(
  req: PayloadRequest,
  user: TypedUser,
  flash: TDocumentId,
  vote: TVote | null,
): Promise<void> {
  const asSystem = { overrideAccess: true, depth: 0, req } as const
  const own = () => findOwnVotes(req, user, [flash]).then((votes) => votes.get(String(flash)))

  const existing = await own()
  if (vote === null) {
    if (existing)
      await req.payload.delete({ collection: 'flash-votes', id: existing.id, ...asSystem })
    return
  }
  const update = (id: TDocumentId) =>
    req.payload.update({ collection: 'flash-votes', id, data: { vote }, ...asSystem })
  if (existing) {
    if (existing.vote !== vote) await update(existing.id)
    return
  }
  try {
    // The generated types assume SQLite's numeric ids; on MongoDB the same values are strings.
    const data = { flash, user: user.id, vote } as Pick<FlashVote, 'flash' | 'user' | 'vote'>
    await req.payload.create({ collection: 'flash-votes', data, ...asSystem })
  } catch (error) {
    // Another request of the same reader (a double click, a second tab) created the row first.
    const raced = await own()
    if (!raced) throw error
    await update(raced.id)
  }
}

/**
 * POST /api/flashes/:id/vote {"vote": "bullish" | "bearish" | null}: the signed-in reader's 利好 or
 * 利空 on a flash they may see (null takes it back), answered with the flash's counts after it.
 * The counts are written past the hooks (lib/flash/voteTallies.ts).
 */
export const flashVoteEndpoint: Endpoint = {
  path: '/:id/vote',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req, { maxCharacters: MAX_BODY_CHARACTERS })
    if (!body.ok) return privateAnswers.badRequest(body.error)
    const parsed = privateAnswers.parse(ZVoteBodySchema, body.value)
    if (!parsed.ok) return parsed.response
    const { user } = req
    if (!user) return privateAnswers.notLoggedIn()

    const id = flashIdOf(req)
    const flash =
      id === null
        ? null
        : await req.payload.findByID({
            collection: 'flashes',
            id,
            select: { votes: true },
            depth: 0,
            disableErrors: true,
            overrideAccess: false,
            user,
            req,
          })
    if (!flash) return privateAnswers.notFound('快讯不存在 / no such flash')

    const { vote } = parsed.data
    try {
      await saveVote(req, user, flash.id, vote)
      const tallies = await recountVoteTallies(req, flash.id)
      const answer: TVoteAnswer = { flash: String(flash.id), ...tallies, mine: vote }
      return privateAnswers.json(answer)
    } catch (error) {
      // Answered 503 (and logged) by the error hook in lib/logging/requestErrors.ts.
      if (databaseUnavailableReason(error)) throw error
      req.payload.logger.error({ err: error, msg: 'saving a flash vote failed' })
      return privateAnswers.error(
        500,
        '投票失败,请稍后再试 / could not save the vote, try again later',
      )
    }
  },
}
