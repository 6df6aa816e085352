import { z } from 'zod/mini'

import { callApi } from '@/lib/browser/apiClient'
import { documentId } from '@/lib/db/documentId'
import { ZIdSchema } from './ids'
import { readPayloadErrors } from './payloadErrors'
import { fetchCurrentUser } from './session'

const ZStatusSchema = z.union([
  z.object({ loggedIn: z.literal(false), bookmarked: z.literal(false) }),
  z.object({
    loggedIn: z.literal(true),
    bookmarked: z.boolean(),
    bookmarkId: z.nullable(ZIdSchema),
  }),
])

export type TBookmarkState = { loggedIn: false } | { loggedIn: true; bookmarkId: string | null }

/** Whether the current visitor is logged in and has bookmarked the article; `null` if unknown. */
export async function fetchBookmarkState(
  articleId: string,
  signal?: AbortSignal,
): Promise<TBookmarkState | null> {
  const query = new URLSearchParams({ article: articleId })
  const result = await callApi(`/api/bookmarks/status?${query}`, { signal })
  if ('networkError' in result || !result.ok) return null
  const parsed = ZStatusSchema.safeParse(result.body)
  if (!parsed.success) return null
  const status = parsed.data
  return status.loggedIn
    ? { loggedIn: true, bookmarkId: status.bookmarked ? status.bookmarkId : null }
    : { loggedIn: false }
}

export type TWriteOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'login' | 'duplicate' | 'gone' | 'network' | 'failed' }

const ZCreatedSchema = z.object({ doc: z.object({ id: ZIdSchema }) })

/** POST /api/bookmarks; the server fills in the owner from the login cookie. */
export async function createBookmark(articleId: string): Promise<TWriteOutcome<string>> {
  const result = await callApi('/api/bookmarks', {
    method: 'POST',
    // Payload's relationship validation wants a number on SQLite (`"12"` is refused there), a string
    // on MongoDB; the browser does not know which, and documentId tells them apart without it.
    json: { article: documentId(articleId) ?? articleId },
  })
  if ('networkError' in result) return { ok: false, reason: 'network' }
  const created = ZCreatedSchema.safeParse(result.body)
  if (result.ok && created.success) return { ok: true, value: created.data.doc.id }
  if (result.status === 401 || result.status === 403) return { ok: false, reason: 'login' }
  if (result.status === 400) {
    // Bookmarked meanwhile (another tab), or the article was unpublished.
    const { fields } = readPayloadErrors(result.body)
    const duplicate = fields.some((field) => /already bookmarked|已收藏/.test(field.message))
    return { ok: false, reason: duplicate ? 'duplicate' : 'gone' }
  }
  return { ok: false, reason: 'failed' }
}

/** DELETE /api/bookmarks/<id>; a bookmark that is already gone counts as removed. */
export async function deleteBookmark(bookmarkId: string): Promise<TWriteOutcome<null>> {
  const result = await callApi(`/api/bookmarks/${encodeURIComponent(bookmarkId)}`, {
    method: 'DELETE',
  })
  if ('networkError' in result) return { ok: false, reason: 'network' }
  if (result.ok || result.status === 404) return { ok: true, value: null }
  if (result.status === 401 || result.status === 403) {
    // Payload answers 403 both to a visitor and to a user whose row no longer exists (removed in
    // another tab): only the session tells them apart.
    const user = await fetchCurrentUser()
    if (user === null) return { ok: false, reason: 'login' }
    if (user) return { ok: true, value: null }
  }
  return { ok: false, reason: 'failed' }
}
