/**
 * Cache tags shared by the portal's cached reads (lib/queries) and the hooks and jobs that
 * invalidate them. One constant per tag, so a reader and its invalidator can never drift apart.
 */
export const CACHE_TAGS = {
  /** Every list of articles: feeds, tag feeds, 更多新闻. */
  articleLists: 'article-lists',
  /** One article page, by slug. */
  article: (slug: string) => `article:${slug}`,
  /** The category tabs and tag pages. */
  tags: 'tags',
  /** Market figures of coins: panels, chips, /watchlist. */
  coins: 'coins',
  /** Every list of 快讯: /flash, its filters, the home and article pages' 快讯 module, RSS. */
  flashLists: 'flash-lists',
  /** Author profiles: /authors/<slug> pages, their RSS, and the byline links of article pages. */
  authors: 'authors',
  /** One 快讯's permalink page, by id. */
  flash: (id: string | number) => `flash:${id}`,
} as const
