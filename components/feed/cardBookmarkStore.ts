import { useCallback, useSyncExternalStore } from 'react'

import type { TBookmarkToggleText } from '@/components/feed/cardText'

/**
 * The 收藏 state of the feed's cards, kept in the browser: the feed is the same cached HTML for
 * every visitor. The cards that mount together (a page, a 加载更多 step) are asked for in one
 * request; a card's state is forgotten when it unmounts, so coming back to the feed asks again and
 * shows a bookmark made meanwhile on the article page. The requests, the writes and zod are in
 * cardBookmarkRequests, imported on first use so they stay out of the feed's first scripts.
 */
const loadRequests = () => import('./cardBookmarkRequests')

export type TCardSession = 'loading' | 'unknown' | 'visitor' | 'user'

/** `bookmarked` is what the card shows: ahead of `bookmarkId` while a request is on its way. */
export type TCardBookmark = {
  session: TCardSession
  bookmarkId: string | null
  bookmarked: boolean
  pending: boolean
  error: string | null
}

const LOADING: TCardBookmark = {
  session: 'loading',
  bookmarkId: null,
  bookmarked: false,
  pending: false,
  error: null,
}

const states = new Map<string, TCardBookmark>()
const listeners = new Map<string, Set<() => void>>()
const unasked = new Set<string>()
let askScheduled = false

let announcement = ''
const announcementListeners = new Set<() => void>()

function update(articleId: string, change: Partial<TCardBookmark>) {
  const card = listeners.get(articleId)
  // Unmounted meanwhile: nothing shows it, and a later mount asks afresh.
  if (!card) return
  states.set(articleId, { ...(states.get(articleId) ?? LOADING), ...change })
  card.forEach((listener) => listener())
}

function announce(text: string) {
  announcement = text
  announcementListeners.forEach((listener) => listener())
}

async function askUnasked() {
  askScheduled = false
  const articleIds = [...unasked]
  unasked.clear()
  const known = await loadRequests()
    .then(({ fetchCardStates }) => fetchCardStates(articleIds))
    .catch(() => ({ session: 'unknown' as const, bookmarks: new Map<string, string>() }))
  for (const articleId of articleIds) {
    const bookmarkId = known.bookmarks.get(articleId) ?? null
    update(articleId, { session: known.session, bookmarkId, bookmarked: bookmarkId !== null })
  }
}

function subscribe(articleId: string, listener: () => void): () => void {
  const card = listeners.get(articleId) ?? new Set()
  listeners.set(articleId, card)
  card.add(listener)
  if (!states.has(articleId)) {
    unasked.add(articleId)
    // A macrotask later, every card of the same render has subscribed: one request for them all.
    if (!askScheduled) setTimeout(askUnasked, 0)
    askScheduled = true
  }
  return () => {
    card.delete(listener)
    if (card.size > 0) return
    listeners.delete(articleId)
    states.delete(articleId)
    unasked.delete(articleId)
  }
}

/** One card's state; the server and the first render always see LOADING (收藏, not pressed). */
export function useCardBookmark(articleId: string): TCardBookmark {
  const subscribeToCard = useCallback(
    (listener: () => void) => subscribe(articleId, listener),
    [articleId],
  )
  return useSyncExternalStore(
    subscribeToCard,
    () => states.get(articleId) ?? LOADING,
    () => LOADING,
  )
}

/** The last result of a click, for the list's one live region. */
export function useCardBookmarkAnnouncement(): string {
  return useSyncExternalStore(
    (listener) => {
      announcementListeners.add(listener)
      return () => announcementListeners.delete(listener)
    },
    () => announcement,
    () => '',
  )
}

/** A click on a card's 收藏: a visitor goes to log in; a reader's click shows its result at once. */
export async function clickCardBookmark(
  articleId: string,
  articleTitle: string,
  text: TBookmarkToggleText,
): Promise<void> {
  const card = states.get(articleId)
  if (!card || card.session === 'loading' || card.pending) return
  const requests = await loadRequests().catch(() => null)
  if (!requests) return update(articleId, { error: text.networkError })
  if (card.session === 'visitor') return requests.goToLogin()
  const { bookmarkId } = card
  update(articleId, { pending: true, bookmarked: bookmarkId === null, error: null })
  const result = await requests.toggleBookmark({ articleId, articleTitle, bookmarkId, text })
  if (result.login) return requests.goToLogin()
  update(articleId, {
    pending: false,
    bookmarkId: result.bookmarkId,
    bookmarked: result.bookmarkId !== null,
    error: result.message?.error ? result.message.text : null,
  })
  if (result.message) announce(result.message.text)
}
