import { useCallback, useSyncExternalStore } from 'react'

import { callApi } from '@/lib/browser/apiClient'
import { MAX_VOTE_IDS, type TFlashVotes, type TVote } from '@/lib/flash/voteContract'

/**
 * The 利好 / 利空 counts of the flashes on a page, kept in the browser: the timeline is the same
 * cached HTML for every visitor. The widgets that mount together (a page, a 加载更多 step) are
 * asked for in one request; a flash's state is forgotten when its last widget unmounts, so coming
 * back asks again. No zod here: the answers are checked by hand, as the timeline's other scripts do.
 */

/** What a widget shows. `loaded`: the counts came from the server (not yet, or it failed: false). */
export type TFlashVoteState = {
  bullish: number
  bearish: number
  mine: TVote | null
  pending: boolean
  loaded: boolean
}

/** The outcome of a click: `login` when nobody is signed in, `busy` while a vote is on its way. */
export type TCastOutcome = 'saved' | 'login' | 'failed' | 'busy'

const NOT_LOADED: TFlashVoteState = {
  bullish: 0,
  bearish: 0,
  mine: null,
  pending: false,
  loaded: false,
}

const states = new Map<string, TFlashVoteState>()
const listeners = new Map<string, Set<() => void>>()
const unasked = new Set<string>()
let askScheduled = false

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

const isVoteOrNull = (value: unknown): value is TVote | null =>
  value === null || value === 'bullish' || value === 'bearish'

/** One flash's counts as both endpoints answer them. */
function isFlashVotes(value: unknown): value is TFlashVotes {
  return (
    typeof value === 'object' &&
    value !== null &&
    'flash' in value &&
    typeof value.flash === 'string' &&
    'bullish' in value &&
    isCount(value.bullish) &&
    'bearish' in value &&
    isCount(value.bearish) &&
    'mine' in value &&
    isVoteOrNull(value.mine)
  )
}

/** GET /api/flashes/votes's list, or null when the answer is not one. */
function votesOf(body: unknown): TFlashVotes[] | null {
  if (typeof body !== 'object' || body === null || !('votes' in body)) return null
  const { votes } = body
  return Array.isArray(votes) && votes.every(isFlashVotes) ? votes : null
}

function update(flashId: string, change: Partial<TFlashVoteState>) {
  const widgets = listeners.get(flashId)
  // Unmounted meanwhile: nothing shows it, and a later mount asks afresh.
  if (!widgets) return
  states.set(flashId, { ...(states.get(flashId) ?? NOT_LOADED), ...change })
  widgets.forEach((listener) => listener())
}

const countsOf = ({ bullish, bearish, mine }: TFlashVotes) => ({ bullish, bearish, mine })

async function askUnasked() {
  askScheduled = false
  const flashIds = [...unasked]
  unasked.clear()
  // The endpoint's bound; a page asks for fewer at once, so this is one request in practice.
  for (let start = 0; start < flashIds.length; start += MAX_VOTE_IDS) {
    const chunk = flashIds.slice(start, start + MAX_VOTE_IDS)
    const answer = await callApi(
      `/api/flashes/votes?${new URLSearchParams({ ids: chunk.join(',') })}`,
    )
    const votes = 'networkError' in answer || !answer.ok ? null : votesOf(answer.body)
    // Unknown for now: the widgets show no numbers, and a vote still works (its answer has them).
    if (!votes) continue
    const byFlash = new Map(votes.map((entry) => [entry.flash, entry]))
    for (const flashId of chunk) {
      const entry = byFlash.get(flashId)
      // Left out: a flash the server does not show (unpublished meanwhile) has no votes to show.
      const counts = entry ? countsOf(entry) : { bullish: 0, bearish: 0, mine: null }
      // A vote on its way knows better than an answer asked for before it.
      if (!states.get(flashId)?.pending) update(flashId, { ...counts, loaded: true })
    }
  }
}

function subscribe(flashId: string, listener: () => void): () => void {
  const widgets = listeners.get(flashId) ?? new Set()
  listeners.set(flashId, widgets)
  widgets.add(listener)
  if (!states.has(flashId)) {
    states.set(flashId, NOT_LOADED)
    unasked.add(flashId)
    // A macrotask later, every widget of the same render has subscribed: one request for them all.
    if (!askScheduled) setTimeout(() => void askUnasked(), 0)
    askScheduled = true
  }
  return () => {
    widgets.delete(listener)
    if (widgets.size > 0) return
    listeners.delete(flashId)
    states.delete(flashId)
    unasked.delete(flashId)
  }
}

/** One flash's counts; the server and the first render always see them not loaded. */
export function useFlashVote(flashId: string): TFlashVoteState {
  const subscribeToFlash = useCallback(
    (listener: () => void) => subscribe(flashId, listener),
    [flashId],
  )
  return useSyncExternalStore(
    subscribeToFlash,
    () => states.get(flashId) ?? NOT_LOADED,
    () => NOT_LOADED,
  )
}

/** The counts as they will be once `vote` replaces the reader's current one. */
function afterVote(state: TFlashVoteState, vote: TVote | null): TFlashVoteState {
  const counts = { bullish: state.bullish, bearish: state.bearish }
  if (state.mine) counts[state.mine] = Math.max(0, counts[state.mine] - 1)
  if (vote) counts[vote] += 1
  return { ...state, ...counts, mine: vote }
}

/**
 * The reader's 利好 / 利空 on a flash (`null` takes it back): shown at once, then replaced by the
 * server's counts, or put back as it was when the vote did not go through. `login` when the server
 * says nobody is signed in: the caller sends the visitor to log in.
 */
export async function castVote(flashId: string, vote: TVote | null): Promise<TCastOutcome> {
  const before = states.get(flashId)
  if (!before) return 'failed'
  if (before.pending) return 'busy'
  update(flashId, { ...afterVote(before, vote), pending: true })

  const answer = await callApi(`/api/flashes/${encodeURIComponent(flashId)}/vote`, {
    method: 'POST',
    json: { vote },
  })
  if (!('networkError' in answer) && answer.ok && isFlashVotes(answer.body)) {
    update(flashId, { ...countsOf(answer.body), pending: false, loaded: true })
    return 'saved'
  }
  update(flashId, { ...before, pending: false })
  return !('networkError' in answer) && answer.status === 401 ? 'login' : 'failed'
}
