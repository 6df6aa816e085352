/**
 * Cache tags shared by the portal's cached reads (lib/queries) and the hooks and jobs that
 * invalidate them. One constant per tag, so a reader and its invalidator can never drift apart.
 */
export const CACHE_TAGS = {
  /**
   * Every list of articles: feeds, tag feeds, 更多新闻 (with its hand-picked 相关文章, so a picked
   * article unpublished, renamed or deleted leaves the pages that pick it at once).
   */
  articleLists: 'article-lists',
  /** One article page, by slug. */
  article: (slug: string) => `article:${slug}`,
  /** The category tabs and tag pages. */
  tags: 'tags',
  /** Market figures of coins: panels, chips, /watchlist. */
  coins: 'coins',
  /**
   * A coin page's lists (its articles and 快讯), by the coin's document id: expired when an
   * article or 快讯 linked (or once linked) to the coin changes. Not by a price refresh.
   */
  coinPage: (coinId: string | number) => `coin-page:${coinId}`,
  /** Coin pages' names and logos: expired when staff change a coin, not by a price refresh. */
  coinProfiles: 'coin-profiles',
  /** Every list of 快讯: /flash, its filters, the home and article pages' 快讯 module, RSS. */
  flashLists: 'flash-lists',
  /** Author profiles: /authors/<slug> pages, their RSS, and the byline links of article pages. */
  authors: 'authors',
  /**
   * Where an article's old URLs lead (collections/Redirects.ts): every redirect read, expired when a
   * redirect is recorded, edited or removed, and when a published slug changes (its redirects
   * follow the article).
   */
  redirects: 'redirects',
  /** One 快讯's permalink page, by id. */
  flash: (id: string | number) => `flash:${id}`,
} as const
