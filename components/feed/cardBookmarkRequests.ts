import { fetchBookmarkStates } from '@/lib/account/bookmarkStates'
import { currentUserOfThisPage } from '@/lib/account/session'
import type { TCardSession } from './cardBookmarkStore'

export { goToLogin, toggleBookmark } from '@/components/account/toggleBookmark'

/**
 * The session and the bookmarks among `articleIds`. A visitor costs no request of its own: who is
 * signed in is asked once per page, shared with the header's account link.
 */
export async function fetchCardStates(
  articleIds: string[],
): Promise<{ session: Exclude<TCardSession, 'loading'>; bookmarks: Map<string, string> }> {
  const none = new Map<string, string>()
  const user = await currentUserOfThisPage()
  if (user === null) return { session: 'visitor', bookmarks: none }
  if (user === undefined) return { session: 'unknown', bookmarks: none }
  const bookmarks = await fetchBookmarkStates(articleIds)
  if (bookmarks === 'visitor') return { session: 'visitor', bookmarks: none }
  return bookmarks ? { session: 'user', bookmarks } : { session: 'unknown', bookmarks: none }
}
