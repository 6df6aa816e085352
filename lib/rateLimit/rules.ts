/**
 * Every rate limit of the server: how many points a key may spend in `durationSeconds`, and how
 * long a key that overspends waits (`blockSeconds`, default: the rest of the window). The keys are
 * client addresses, and for the account limits an account together with a client address, so a
 * stranger's failures never slow the account's owner on another connection. The market data
 * budgets are keyed by user id: a signed-in reader's calls to the provider cost the same from any
 * address, so many addresses buy no more of the quota that all readers share.
 */
export const RATE_LIMIT_RULES = {
  /** Failed logins per client address (a login that succeeds is given back). */
  loginPerClient: { points: 20, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed logins per account and client address: guessing one password is slowed first. */
  loginPerAccount: { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Accounts created by visitors per client address. */
  registerPerClient: { points: 10, durationSeconds: 60 * 60 },
  /** Password-reset mails asked for per client address, and per address asked for. */
  forgotPasswordPerClient: { points: 5, durationSeconds: 15 * 60 },
  forgotPasswordPerAccount: { points: 3, durationSeconds: 60 * 60 },
  /** GraphQL requests per client address (each is already bounded in rows and depth). */
  graphql: { points: 120, durationSeconds: 60 },
  /** Coin searches per client address (a signed-in reader's may call the market data provider). */
  coinSearch: { points: 30, durationSeconds: 60 },
  /** Coins added from the provider per client address. */
  coinAdopt: { points: 10, durationSeconds: 60 },
  /**
   * Searches that reach the market data provider per user (answers from the search cache and the
   * collection cost nothing). The search box asks once a pause in typing, so finding a few coins
   * takes a handful; past this the collection still answers.
   */
  coinProviderSearchPerUser: { points: 20, durationSeconds: 60 * 60 },
  /** Coins a user adds from the provider (a listed coin costs nothing) per day. */
  coinAdoptPerUser: { points: 10, durationSeconds: 24 * 60 * 60 },
  /** Bookmark and watchlist writes per client address. */
  savedWrites: { points: 120, durationSeconds: 60 },
  /**
   * Bookmark reads that read many rows, per client address: the states of a page's cards (one
   * request per feed page or 加载更多, up to 50 rows) and 我的收藏 (up to 100 bookmarks with their
   * articles, converted for 繁體), counted apart from the writes they would otherwise crowd out.
   */
  bookmarkStates: { points: 120, durationSeconds: 60 },
  /**
   * 自选资讯 pages (GET /api/watchlists/news) per client address: each reads up to 200 coins' links,
   * counted apart from the writes.
   */
  watchlistNews: { points: 120, durationSeconds: 60 },
  /** Searches (GET /api/search) per client address: each is a few index look-ups. */
  search: { points: 60, durationSeconds: 60 },
  /**
   * 热门 view beacons per client address: a reader opens a few articles a minute. Each costs a
   * Map update (endpoints/articleViews/recordView.ts), and one address counts once per article
   * per 30 minutes anyway; the limit bounds what one address can make the server do.
   */
  articleViews: { points: 30, durationSeconds: 60 },
  /**
   * Content API reads (/api/v1) per client address without a key. Answers from the shared
   * caches (nginx, the page cache) never reach the app and are not counted.
   */
  contentApi: { points: 120, durationSeconds: 60 },
  /**
   * Content API reads per API key; each key's own figure (api-keys: rateLimitPerMinute)
   * replaces these points. Keyed reads bypass the shared caches, so every one is counted.
   */
  contentApiKey: { points: 600, durationSeconds: 60 },
} as const satisfies Record<string, TRateLimitRule>

export type TRateLimitRule = { points: number; durationSeconds: number; blockSeconds?: number }

export type TRateLimitName = keyof typeof RATE_LIMIT_RULES
