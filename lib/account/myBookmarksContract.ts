import type { TLocale } from '@/lib/i18n/locales'

/**
 * GET /api/bookmarks/mine, shared by the endpoint and the browser (我的收藏 on the account page).
 * No zod here: the endpoint builds the answer, the browser checks it with zod/mini.
 */

/** The newest bookmarks the list shows; more are kept but not listed. */
export const BOOKMARK_LIST_LIMIT = 100

export type TSavedArticle = {
  id: number | string
  slug: string | null
  title: string
  summary: string | null
  publishedAt: string | null
  /**
   * The edition the title is in and the article page is read in: the one asked for, or zh-CN
   * for an article without an English version (it has no page in the English edition).
   */
  edition: TLocale
}

export type TMyBookmarks = {
  /** Newest first; `article` is null when the reader may no longer see it (unpublished since). */
  entries: { id: number | string; createdAt: string; article: TSavedArticle | null }[]
  total: number
}
