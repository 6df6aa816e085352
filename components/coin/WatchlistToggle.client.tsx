'use client'

import { useEffect, useState } from 'react'

import { PageLink } from '@/components/portal/PageLink'
import { announceWatchlistChanged, onWatchlistChanged } from '@/components/watchlist/events'
import { fetchPanel, saveWatchlist } from '@/components/watchlist/panelApi'
import { useLoginHref } from '@/components/watchlist/useLoginHref'
import { formMessageText, type TRequestFailureText } from '@/lib/account/formMessages'
import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import { toggledWatchlist } from '@/lib/coins/toggledWatchlist'
import styles from './WatchlistToggle.module.css'

export type TToggleText = Pick<
  TMessages['coin'],
  | 'addToWatchlist'
  | 'inWatchlist'
  | 'addCoin'
  | 'removeCoin'
  | 'added'
  | 'removed'
  | 'loginToAdd'
  | 'saveFailed'
>

type TState =
  | { status: 'loading' }
  /** Not signed in (or the list could not be read): 加入自选 leads to the login page. */
  | { status: 'visitor' }
  | { status: 'ready'; ids: string[]; saving: boolean }

/**
 * 加入自选 / 已自选 on a coin page. Personal, so the browser asks (GET /api/watchlists/panel,
 * as the 我的自选 panel does) and the cached page is the same for everyone. A signed-in reader
 * toggles the coin with PUT /api/watchlists/mine, the whole list as /watchlist saves it; a
 * visitor is sent to log in and brought back here.
 */
export function WatchlistToggle({
  coinId,
  symbol,
  locale,
  text,
  requests,
}: {
  coinId: string
  symbol: string
  locale: TLocale
  text: TToggleText
  requests: TRequestFailureText
}) {
  const [state, setState] = useState<TState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const loginHref = useLoginHref(locale)

  useEffect(() => {
    const controller = new AbortController()
    void fetchPanel(controller.signal).then((result) => {
      if (controller.signal.aborted) return
      if (result.ok && result.data.personal)
        setState({ status: 'ready', ids: result.data.coins.map((coin) => coin.id), saving: false })
      else setState({ status: 'visitor' })
    })
    return () => controller.abort()
  }, [attempt])

  // The 我的自选 panel on this page, or /watchlist in another client-side view, changed the list.
  useEffect(() => onWatchlistChanged(() => setAttempt((count) => count + 1)), [])

  if (state.status === 'visitor')
    return (
      <PageLink href={loginHref} className={styles.button} data-testid="watchlist-toggle">
        {text.loginToAdd}
      </PageLink>
    )

  const inList = state.status === 'ready' && state.ids.includes(coinId)
  const busy = state.status !== 'ready' || state.saving

  async function toggle() {
    if (state.status !== 'ready' || state.saving) return
    const next = toggledWatchlist(state.ids, coinId)
    setState({ status: 'ready', ids: next.ids, saving: true })
    setAnnouncement('')
    const result = await saveWatchlist(next.ids)
    if (!result.ok) {
      // Back to what the server last accepted; a lapsed login shows the login link instead.
      setState(
        result.status === 401
          ? { status: 'visitor' }
          : { status: 'ready', ids: state.ids, saving: false },
      )
      setAnnouncement(
        formatMessage(text.saveFailed, { reason: formMessageText(result.error, requests) }),
      )
      return
    }
    setState({ status: 'ready', ids: result.data.coins.map((coin) => coin.id), saving: false })
    setAnnouncement(formatMessage(next.added ? text.added : text.removed, { symbol }))
    announceWatchlistChanged()
  }

  return (
    <>
      <button
        type="button"
        className={inList ? `${styles.button} ${styles.on}` : styles.button}
        aria-disabled={busy}
        // The visible text is the accessible name (已自选 says the state); the title says what a
        // click does.
        title={formatMessage(inList ? text.removeCoin : text.addCoin, { symbol })}
        data-testid="watchlist-toggle"
        data-in-list={inList}
        onClick={() => void toggle()}
      >
        {inList ? text.inWatchlist : text.addToWatchlist}
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  )
}
