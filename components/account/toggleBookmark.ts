import type { TWriteOutcome } from '@/lib/account/bookmarks'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, splitLocalePath } from '@/lib/i18n/locales'
import type { TBookmarkToggleText } from '@/components/feed/cardText'

/**
 * What a click on 收藏 does, for the article page's button and the feed cards' alike. lib/account's
 * bookmark calls and return-path helpers check with zod, so they are imported on first use, not
 * with the page's first scripts. A failed import counts as a network failure.
 */
const loadBookmarks = () => import('@/lib/account/bookmarks')
const loadSafeNext = () => import('@/lib/account/safeNext')

/** To the login page of this page's edition, which comes back here afterwards. */
export async function goToLogin(): Promise<void> {
  const here = window.location.pathname + window.location.search
  const { locale } = splitLocalePath(window.location.pathname)
  const login = await loadSafeNext().then(
    ({ returnPathFrom, withNext }) => withNext('/login', returnPathFrom(here)),
    () => '/login',
  )
  window.location.assign(localizedPath(locale, login))
}

type TText = TBookmarkToggleText

export type TToggleMessage = { text: string; error: boolean }

/** The bookmark after the click (`null`: not bookmarked) and what to tell the reader; or log in. */
export type TToggleResult =
  { login: true } | { login: false; bookmarkId: string | null; message: TToggleMessage | null }

const LOGIN: TToggleResult = { login: true }
const NETWORK_FAILURE = { ok: false, reason: 'network' } as const

function failureText(
  outcome: Exclude<TWriteOutcome<unknown>, { ok: true }>,
  adding: boolean,
  text: TText,
) {
  if (outcome.reason === 'network') return text.networkError
  if (outcome.reason === 'gone') return text.gone
  return adding ? text.addFailed : text.removeFailed
}

async function add(articleId: string, articleTitle: string, text: TText): Promise<TToggleResult> {
  const bookmarks = await loadBookmarks().catch(() => null)
  const outcome = bookmarks ? await bookmarks.createBookmark(articleId) : NETWORK_FAILURE
  if (outcome.ok) {
    const added = formatMessage(text.added, { title: articleTitle })
    return { login: false, bookmarkId: outcome.value, message: { text: added, error: false } }
  }
  if (outcome.reason === 'login') return LOGIN
  // Saved meanwhile in another tab: learn its id, and the button is right after all.
  if (outcome.reason === 'duplicate' && bookmarks) {
    const state = await bookmarks.fetchBookmarkState(articleId)
    if (state?.loggedIn) return { login: false, bookmarkId: state.bookmarkId, message: null }
    if (state) return LOGIN
  }
  return {
    login: false,
    bookmarkId: null,
    message: { text: failureText(outcome, true, text), error: true },
  }
}

async function remove(
  bookmarkId: string,
  articleTitle: string,
  text: TText,
): Promise<TToggleResult> {
  const outcome = await loadBookmarks().then(
    ({ deleteBookmark }) => deleteBookmark(bookmarkId),
    () => NETWORK_FAILURE,
  )
  if (outcome.ok) {
    const removed = formatMessage(text.removed, { title: articleTitle })
    return { login: false, bookmarkId: null, message: { text: removed, error: false } }
  }
  if (outcome.reason === 'login') return LOGIN
  return {
    login: false,
    bookmarkId,
    message: { text: failureText(outcome, false, text), error: true },
  }
}

/** Bookmarks the article, or removes `bookmarkId` when it has one. */
export function toggleBookmark(options: {
  articleId: string
  articleTitle: string
  bookmarkId: string | null
  text: TText
}): Promise<TToggleResult> {
  const { articleId, articleTitle, bookmarkId, text } = options
  return bookmarkId ? remove(bookmarkId, articleTitle, text) : add(articleId, articleTitle, text)
}
