'use client'

import { useState } from 'react'

import { VOTES, type TVote } from '@/lib/flash/voteContract'

import styles from './FlashVotes.module.css'
import { castVote, useFlashVote } from './flashVoteStore'

export type TFlashVotesText = { bullish: string; bearish: string; voteFailed: string }

const COUNT_CLASS: Record<TVote, string | undefined> = {
  bullish: styles.bullish,
  bearish: styles.bearish,
}

/**
 * 利好 n / 利空 n under a flash: two toggles, the reader's own vote pressed; a click on the pressed
 * one takes the vote back. The counts arrive after the page (flashVoteStore asks for the whole page
 * at once) into room kept for them. A visitor's click goes to `loginHref`.
 */
export function FlashVotes({
  flashId,
  label,
  text,
  loginHref,
}: {
  flashId: string
  /** The flash's headline: the buttons' group is named after it, so each item's read apart. */
  label: string
  text: TFlashVotesText
  loginHref: string
}) {
  const state = useFlashVote(flashId)
  const [failed, setFailed] = useState(false)

  async function choose(vote: TVote) {
    setFailed(false)
    const outcome = await castVote(flashId, state.mine === vote ? null : vote)
    if (outcome === 'login') window.location.assign(loginHref)
    else if (outcome === 'failed') setFailed(true)
  }

  return (
    <div className={styles.votes} role="group" aria-label={label}>
      {VOTES.map((vote) => (
        <button
          key={vote}
          type="button"
          className={`${styles.button} ${COUNT_CLASS[vote] ?? ''}`}
          aria-pressed={state.mine === vote}
          aria-disabled={state.pending}
          onClick={() => void choose(vote)}
        >
          {/* The visible text is the accessible name: "利好 12", or "利好" until the counts arrive. */}
          {text[vote]} <span className={styles.count}>{state.loaded ? state[vote] : ''}</span>
        </button>
      ))}
      <span role="status" className={styles.error}>
        {failed ? text.voteFailed : ''}
      </span>
    </div>
  )
}
