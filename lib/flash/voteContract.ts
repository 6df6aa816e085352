/**
 * 利好 / 利空 on a 快讯: POST /api/flashes/:id/vote and GET /api/flashes/votes, shared by the
 * endpoints and the browser. No zod here: the endpoints check with full zod, the browser by hand.
 */

export type TVote = 'bullish' | 'bearish'

export const VOTES: readonly TVote[] = ['bullish', 'bearish']

/** More than a page of the timeline (20 items) or a 加载更多 step asks for at once. */
export const MAX_VOTE_IDS = 50

/** One flash's counts, and the asking reader's own vote (`null`: none, or not signed in). */
export type TFlashVotes = {
  flash: string
  bullish: number
  bearish: number
  mine: TVote | null
}

/** The body of POST /api/flashes/:id/vote; `null` takes the reader's vote back. */
export type TVoteRequest = { vote: TVote | null }

/** The answer of POST /api/flashes/:id/vote: the flash's counts after the vote. */
export type TVoteAnswer = TFlashVotes

/** The answer of GET /api/flashes/votes: the asked flashes the caller may see, in no set order. */
export type TVotesAnswer = { votes: TFlashVotes[] }
