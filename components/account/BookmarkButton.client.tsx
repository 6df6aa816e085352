'use client'

import { useEffect, useState } from 'react'

import type { TBookmarkState, TWriteOutcome } from '@/lib/account/bookmarks'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'

import styles from './BookmarkButton.module.css'

/**
 * lib/account's bookmark calls and return-path helpers check with zod, so they are imported on
 * first use (the status request after mount), not with the page's first scripts: zod is then not
 * parsed and run inside the article page's hydration task. A failed import counts as a network
 * failure.
 */
const loadBookmarks = () => import('@/lib/account/bookmarks')
const loadSafeNext = () => import('@/lib/account/safeNext')

/** `loading` until the status answers; `unknown` if it could not (the write will tell). */
type TSession = 'loading' | 'unknown' | 'visitor' | 'user'

/** `bookmarked` is what the button shows: ahead of `bookmarkId` while a request is on its way. */
type TView = { session: TSession; bookmarkId: string | null; bookmarked: boolean }

const LOADING: TView = { session: 'loading', bookmarkId: null, bookmarked: false }

function viewOf(state: TBookmarkState | null): TView {
  if (state === null) return { session: 'unknown', bookmarkId: null, bookmarked: false }
  if (!state.loggedIn) return { session: 'visitor', bookmarkId: null, bookmarked: false }
  return { session: 'user', bookmarkId: state.bookmarkId, bookmarked: state.bookmarkId !== null }
}

async function goToLogin() {
  const here = window.location.pathname + window.location.search
  const login = await loadSafeNext().then(
    ({ returnPathFrom, withNext }) => withNext('/login', returnPathFrom(here)),
    () => '/login',
  )
  window.location.assign(login)
}

const NETWORK_FAILURE = { ok: false, reason: 'network' } as const

function failureText(outcome: Exclude<TWriteOutcome<unknown>, { ok: true }>, adding: boolean) {
  if (outcome.reason === 'network') return NETWORK_ERROR_MESSAGE
  if (outcome.reason === 'gone') return '这篇文章目前无法收藏。'
  return adding ? '收藏失败，请稍后重试。' : '取消收藏失败，请稍后重试。'
}

/**
 * 收藏 on the article page. The page is the same cached HTML for everyone, so the state comes from
 * one small request; a click shows its result at once and takes it back if the server refuses.
 */
export function BookmarkButton({
  articleId,
  articleTitle,
}: {
  articleId: string
  articleTitle: string
}) {
  const [view, setView] = useState<TView>(LOADING)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    loadBookmarks()
      .then(({ fetchBookmarkState }) => fetchBookmarkState(articleId, controller.signal))
      .catch(() => null)
      .then((state) => {
        if (!controller.signal.aborted) setView(viewOf(state))
      })
    return () => controller.abort()
  }, [articleId])

  const show = (bookmarked: boolean) => setView((current) => ({ ...current, bookmarked }))

  async function add() {
    show(true)
    const outcome = await loadBookmarks().then(
      ({ createBookmark }) => createBookmark(articleId),
      () => NETWORK_FAILURE,
    )
    if (outcome.ok) {
      setView({ session: 'user', bookmarkId: outcome.value, bookmarked: true })
      return setMessage({ text: `已收藏《${articleTitle}》。`, error: false })
    }
    if (outcome.reason === 'login') return goToLogin()
    // Saved meanwhile in another tab: learn its id, and the button is right after all.
    if (outcome.reason === 'duplicate') {
      const { fetchBookmarkState } = await loadBookmarks()
      return setView(viewOf(await fetchBookmarkState(articleId)))
    }
    show(false)
    setMessage({ text: failureText(outcome, true), error: true })
  }

  async function remove(bookmarkId: string) {
    show(false)
    const outcome = await loadBookmarks().then(
      ({ deleteBookmark }) => deleteBookmark(bookmarkId),
      () => NETWORK_FAILURE,
    )
    if (outcome.ok) {
      setView({ session: 'user', bookmarkId: null, bookmarked: false })
      return setMessage({ text: `已取消收藏《${articleTitle}》。`, error: false })
    }
    if (outcome.reason === 'login') return goToLogin()
    show(true)
    setMessage({ text: failureText(outcome, false), error: true })
  }

  async function handleClick() {
    if (pending || view.session === 'loading') return
    if (view.session === 'visitor') return goToLogin()
    setPending(true)
    setMessage(null)
    try {
      await (view.bookmarkId ? remove(view.bookmarkId) : add())
    } finally {
      setPending(false)
    }
  }

  const { bookmarked } = view
  return (
    <div className={styles.root}>
      <button
        type="button"
        className={styles.button}
        aria-pressed={bookmarked}
        aria-disabled={view.session === 'loading' || pending}
        onClick={handleClick}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />
        </svg>
        {bookmarked ? '已收藏' : '收藏'}
      </button>
      <span role="status" className={message?.error ? styles.error : 'visually-hidden'}>
        {message?.text}
      </span>
    </div>
  )
}
