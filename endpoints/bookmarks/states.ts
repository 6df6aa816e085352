import type { Endpoint } from 'payload'
import { z } from 'zod'

import { privateAnswers, queryOf } from '@/endpoints/respond'
import { MAX_STATE_ARTICLES, type TBookmarkStates } from '@/lib/account/bookmarkStatesContract'
import { documentIds } from '@/lib/db/documentId'
import { ZArticleIdSchema } from './articleIdSchema'
import { findOwnBookmarks } from './findOwnBookmarks'

const ZBookmarkStatesQuerySchema = z.strictObject(
  {
    articles: z
      .string({ message: '缺少参数 articles / articles is required' })
      // Checked before splitting, so a huge parameter costs nothing: 50 ids of 64 characters.
      .max(
        MAX_STATE_ARTICLES * 65,
        `articles 最多 ${MAX_STATE_ARTICLES} 个 / at most ${MAX_STATE_ARTICLES} articles`,
      )
      .transform((list) => list.split(','))
      .pipe(
        z
          .array(ZArticleIdSchema)
          .max(
            MAX_STATE_ARTICLES,
            `articles 最多 ${MAX_STATE_ARTICLES} 个 / at most ${MAX_STATE_ARTICLES} articles`,
          ),
      ),
  },
  { error: '只接受 articles 参数 / the only parameter is articles' },
)

/**
 * GET /api/bookmarks/states?articles=<id>,<id>,…: which of a page's cards the signed-in user has
 * bookmarked, in one request for the whole page (the feed is the same cached HTML for everyone).
 * Visitors are refused: the cards learn from the session that they need not ask.
 */
export const bookmarkStatesEndpoint: Endpoint = {
  path: '/states',
  method: 'get',
  handler: async (req) => {
    const query = privateAnswers.parse(ZBookmarkStatesQuerySchema, queryOf(req.searchParams))
    if (!query.ok) return query.response
    if (!req.user) return privateAnswers.notLoggedIn()
    // Ids no article of this database can have (`abc` on SQLite) are simply not bookmarked.
    const articleIds = documentIds([...new Set(query.data.articles)], req.payload)
    if (articleIds.length === 0)
      return privateAnswers.json({ bookmarks: [] } satisfies TBookmarkStates)

    const bookmarks = await findOwnBookmarks(req, req.user, articleIds)
    return privateAnswers.json({ bookmarks } satisfies TBookmarkStates)
  },
}
