/**
 * GET /api/bookmarks/states, shared by the endpoint and the browser. No zod here: the endpoint
 * checks with full zod, the browser with zod/mini.
 */

/** More than a feed page (20 cards) or a 加载更多 step asks for, and a bound on the query's work. */
export const MAX_STATE_ARTICLES = 50

export type TBookmarkStates = {
  /** The listed articles this user bookmarked, each with the bookmark's id (for 取消收藏). */
  bookmarks: { article: number | string; bookmark: number | string }[]
}
