import { z } from 'zod/mini'

import { callApi } from '@/lib/browser/apiClient'
import { MAX_STATE_ARTICLES } from './bookmarkStatesContract'
import { ZIdSchema } from './ids'

const ZStatesSchema = z.object({
  bookmarks: z.array(z.object({ article: ZIdSchema, bookmark: ZIdSchema })),
})

/** Article id → bookmark id, for the asked articles the signed-in user bookmarked. */
export type TBookmarkIds = Map<string, string>

/**
 * Which of `articleIds` the signed-in user bookmarked, asked 50 at a time (the endpoint's bound);
 * `visitor` when the server says nobody is signed in, `null` when any answer could not be had.
 */
export async function fetchBookmarkStates(
  articleIds: string[],
): Promise<TBookmarkIds | 'visitor' | null> {
  const found: TBookmarkIds = new Map()
  for (let start = 0; start < articleIds.length; start += MAX_STATE_ARTICLES) {
    const articles = articleIds.slice(start, start + MAX_STATE_ARTICLES).join(',')
    const result = await callApi(`/api/bookmarks/states?${new URLSearchParams({ articles })}`)
    if ('networkError' in result) return null
    if (result.status === 401) return 'visitor'
    const parsed = ZStatesSchema.safeParse(result.body)
    if (!result.ok || !parsed.success) return null
    for (const { article, bookmark } of parsed.data.bookmarks) found.set(article, bookmark)
  }
  return found
}
