import { z } from 'zod/mini'

import { callApi } from '@/lib/browser/apiClient'
import { ZIdSchema } from './ids'

export const BOOKMARK_LIST_LIMIT = 100

const ZArticleSchema = z.object({
  id: ZIdSchema,
  title: z.string(),
  slug: z.optional(z.nullable(z.string())),
  summary: z.optional(z.nullable(z.string())),
  publishedAt: z.optional(z.nullable(z.string())),
})

const ZListSchema = z.object({
  docs: z.array(
    z.object({
      id: ZIdSchema,
      createdAt: z.string(),
      // A bare ID when the reader may no longer see the article (unpublished since).
      article: z.union([ZArticleSchema, ZIdSchema, z.null()]),
    }),
  ),
  totalDocs: z.number(),
})

export type TSavedArticle = z.infer<typeof ZArticleSchema>
export type TBookmarkEntry = { id: string; createdAt: string; article: TSavedArticle | null }
export type TBookmarkList = { entries: TBookmarkEntry[]; total: number }

/** The user's bookmarks, newest first, each with the few article fields the list shows. */
export async function fetchMyBookmarks(
  userId: string,
  signal?: AbortSignal,
): Promise<TBookmarkList | null> {
  const query = new URLSearchParams({
    depth: '1',
    sort: '-createdAt',
    limit: String(BOOKMARK_LIST_LIMIT),
    // Admins may read everyone's bookmarks; this list is only ever one's own.
    'where[user][equals]': userId,
    'select[article]': 'true',
    'select[createdAt]': 'true',
    'populate[articles][title]': 'true',
    'populate[articles][slug]': 'true',
    'populate[articles][summary]': 'true',
    'populate[articles][publishedAt]': 'true',
  })
  const result = await callApi(`/api/bookmarks?${query}`, { signal })
  if ('networkError' in result || !result.ok) return null
  const parsed = ZListSchema.safeParse(result.body)
  if (!parsed.success) return null
  return {
    total: parsed.data.totalDocs,
    entries: parsed.data.docs.map((doc) => ({
      id: doc.id,
      createdAt: doc.createdAt,
      article: typeof doc.article === 'object' ? doc.article : null,
    })),
  }
}
