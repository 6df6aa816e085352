import type { TWriteOutcome } from '@/lib/account/bookmarks'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'

/**
 * What a click on 收藏 does, for the article page's button and the feed cards' alike. lib/account's
 * bookmark calls and return-path helpers check with zod, so they are imported on first use, not
 * with the page's first scripts. A failed import counts as a network failure.
 */
const loadBookmarks = () => import('@/lib/account/bookmarks')
const loadSafeNext = () => import('@/lib/account/safeNext')

/** To the login page, which comes back here afterwards. */
export async function goToLogin(): Promise<void> {
  const here = window.location.pathname + window.location.search
  const login = await loadSafeNext().then(
    ({ returnPathFrom, withNext }) => withNext('/login', returnPathFrom(here)),
    () => '/login',
  )
  window.location.assign(login)
}

export type TToggleMessage = { text: string; error: boolean }

/** The bookmark after the click (`null`: not bookmarked) and what to tell the reader; or log in. */
export type TToggleResult =
  { login: true } | { login: false; bookmarkId: string | null; message: TToggleMessage | null }

const LOGIN: TToggleResult = { login: true }
const NETWORK_FAILURE = { ok: false, reason: 'network' } as const

function failureText(outcome: Exclude<TWriteOutcome<unknown>, { ok: true }>, adding: boolean) {
  if (outcome.reason === 'network') return NETWORK_ERROR_MESSAGE
  if (outcome.reason === 'gone') return '这篇文章目前无法收藏。'
  return adding ? '收藏失败，请稍后重试。' : '取消收藏失败，请稍后重试。'
}

async function add(articleId: string, articleTitle: string): Promise<TToggleResult> {
  const bookmarks = await loadBookmarks().catch(() => null)
  const outcome = bookmarks ? await bookmarks.createBookmark(articleId) : NETWORK_FAILURE
  if (outcome.ok) {
    const text = `已收藏《${articleTitle}》。`
    return { login: false, bookmarkId: outcome.value, message: { text, error: false } }
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
    message: { text: failureText(outcome, true), error: true },
  }
}

async function remove(bookmarkId: string, articleTitle: string): Promise<TToggleResult> {
  const outcome = await loadBookmarks().then(
    ({ deleteBookmark }) => deleteBookmark(bookmarkId),
    () => NETWORK_FAILURE,
  )
  if (outcome.ok) {
    const text = `已取消收藏《${articleTitle}》。`
    return { login: false, bookmarkId: null, message: { text, error: false } }
  }
  if (outcome.reason === 'login') return LOGIN
  return { login: false, bookmarkId, message: { text: failureText(outcome, false), error: true } }
}

/** Bookmarks the article, or removes `bookmarkId` when it has one. */
export function toggleBookmark(options: {
  articleId: string
  articleTitle: string
  bookmarkId: string | null
}): Promise<TToggleResult> {
  const { articleId, articleTitle, bookmarkId } = options
  return bookmarkId ? remove(bookmarkId, articleTitle) : add(articleId, articleTitle)
}
