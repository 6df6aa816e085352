import { latencyText, runScenarioProcess, type TLatencyRow } from './latency'

/** The bound: p50 of GET /api/watchlists/news for a 200-coin watchlist at 100,000 articles. */
export const WATCHLIST_NEWS_TARGET_P50_MS = 30

/** How many pages down the deep rows read: the page after following nextCursor this many times. */
export const WATCHLIST_DEEP_PAGES = 5

export type TWatchlistShape = {
  label: string
  coins: number
  /** Links of these coins to articles and to 快讯, and the plan lib/db/sqliteCoinLinks.ts picks. */
  articleLinks: number
  flashLinks: number
  articlePlan: 'sparse' | 'dense'
  flashPlan: 'sparse' | 'dense'
}

export type TWatchlistNewsReport = {
  articles: number
  flashes: number
  coins: number
  watchlists: TWatchlistShape[]
  /** First page and deep page of each watchlist, in the order of `watchlists`. */
  rows: TLatencyRow[]
}

/**
 * The `watchlist-news` scenario (自选资讯): GET /api/watchlists/news through its handler as a
 * signed-in reader (scripts/bench/watchlistNewsRun.ts), for watchlists that make SQLite take
 * either plan, first page and a deep page; in its own process on the benchmark database.
 */
export const measureWatchlistNews = (databaseFile: string) =>
  runScenarioProcess<TWatchlistNewsReport>(
    'watchlist-news',
    'scripts/bench/watchlistNewsRun.ts',
    databaseFile,
  )

export function watchlistNewsLines(report: TWatchlistNewsReport): string[] {
  return [
    `自选资讯 GET /api/watchlists/news (handler in-process, ${report.articles} articles, ` +
      `${report.flashes} 快讯, ${report.coins} coins; target p50 ≤ ${WATCHLIST_NEWS_TARGET_P50_MS} ms at 200 coins):`,
    ...report.watchlists.map(
      (shape) =>
        `  ${shape.label}: ${shape.coins} coins, ${shape.articleLinks} article links (${shape.articlePlan}), ` +
        `${shape.flashLinks} 快讯 links (${shape.flashPlan})`,
    ),
    ...report.rows.map((row) => `  ${latencyText(row)} (${row.calls})`),
  ]
}
