import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import { documentId } from '@/lib/db/documentId'
import { ZArticleIdSchema } from './articleIdSchema'
import { findOwnBookmarks } from './findOwnBookmarks'

const ZBookmarkStatusQuerySchema = z.object({ article: ZArticleIdSchema })

export type TBookmarkStatus =
  | { loggedIn: false; bookmarked: false }
  | { loggedIn: true; bookmarked: boolean; bookmarkId: number | string | null }

// The answer depends on the login cookie: no shared cache may keep it or hand it to someone else.
const answer = (status: TBookmarkStatus) => privateAnswers.json(status)

/**
 * GET /api/bookmarks/status?article=<id>: whether the current user bookmarked an article, so the
 * cached (same-for-everyone) article page learns its 收藏 state in one small request.
 */
export const bookmarkStatusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const query = privateAnswers.parse(ZBookmarkStatusQuerySchema, queryOf(req.searchParams))
    if (!query.ok) return query.response
    if (!req.user) return answer({ loggedIn: false, bookmarked: false })
    // No article can have this id (`abc` on SQLite): asking would only risk a type error.
    const articleId = documentId(query.data.article, req.payload)
    if (articleId === null) {
      return answer({ loggedIn: true, bookmarked: false, bookmarkId: null })
    }

    const [bookmark] = await findOwnBookmarks(req, req.user, [articleId])
    return answer({
      loggedIn: true,
      bookmarked: Boolean(bookmark),
      bookmarkId: bookmark?.bookmark ?? null,
    })
  },
}
