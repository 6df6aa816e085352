'use client'

import { useEffect, useState } from 'react'

import type { TBookmarkState } from '@/lib/account/bookmarks'
import type { TBookmarkToggleText } from '@/components/feed/cardText'

import styles from './BookmarkButton.module.css'
import { BookmarkToggle } from './BookmarkToggle'
import { goToLogin, toggleBookmark, type TToggleMessage } from './toggleBookmark'

/**
 * lib/account's bookmark calls check with zod, so they are imported on first use (the status
 * request after mount), not with the page's first scripts: zod is then not parsed and run inside
 * the article page's hydration task.
 */
const loadBookmarks = () => import('@/lib/account/bookmarks')

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

/**
 * 收藏 on the article page. The page is the same cached HTML for everyone, so the state comes from
 * one small request; a click shows its result at once and takes it back if the server refuses.
 */
export function BookmarkButton({
  articleId,
  articleTitle,
  text,
}: {
  articleId: string
  articleTitle: string
  text: TBookmarkToggleText
}) {
  const [view, setView] = useState<TView>(LOADING)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<TToggleMessage | null>(null)

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

  async function handleClick() {
    if (pending || view.session === 'loading') return
    if (view.session === 'visitor') return goToLogin()
    setPending(true)
    setMessage(null)
    setView((current) => ({ ...current, bookmarked: !current.bookmarkId }))
    try {
      const result = await toggleBookmark({
        articleId,
        articleTitle,
        bookmarkId: view.bookmarkId,
        text,
      })
      if (result.login) return goToLogin()
      const { bookmarkId } = result
      setView((current) => ({ ...current, bookmarkId, bookmarked: bookmarkId !== null }))
      setMessage(result.message)
    } finally {
      setPending(false)
    }
  }

  return (
    <div className={styles.root}>
      <BookmarkToggle
        bookmarked={view.bookmarked}
        busy={view.session === 'loading' || pending}
        onClick={handleClick}
        text={text}
      />
      <span role="status" className={message?.error ? styles.error : 'visually-hidden'}>
        {message?.text}
      </span>
    </div>
  )
}
