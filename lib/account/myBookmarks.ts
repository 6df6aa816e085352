import { z } from 'zod/mini'

import { callApi } from '@/lib/browser/apiClient'
import { LOCALES, type TLocale } from '@/lib/i18n/locales'
import { ZIdSchema } from './ids'

const ZArticleSchema = z.object({
  id: ZIdSchema,
  slug: z.nullable(z.string()),
  title: z.string(),
  summary: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  edition: z.enum(LOCALES),
})

const ZMyBookmarksSchema = z.object({
  entries: z.array(
    z.object({ id: ZIdSchema, createdAt: z.string(), article: z.nullable(ZArticleSchema) }),
  ),
  total: z.number(),
})

export type TSavedArticle = z.infer<typeof ZArticleSchema>
export type TBookmarkEntry = { id: string; createdAt: string; article: TSavedArticle | null }
export type TBookmarkList = { entries: TBookmarkEntry[]; total: number }

/**
 * The user's bookmarks, newest first, with the articles' titles in the page's edition
 * (GET /api/bookmarks/mine, whose answer lib/account/myBookmarksContract.ts describes).
 */
export async function fetchMyBookmarks(
  locale: TLocale,
  signal?: AbortSignal,
): Promise<TBookmarkList | null> {
  const result = await callApi(`/api/bookmarks/mine?locale=${locale}`, { signal })
  if ('networkError' in result || !result.ok) return null
  const parsed = ZMyBookmarksSchema.safeParse(result.body)
  return parsed.success ? parsed.data : null
}
