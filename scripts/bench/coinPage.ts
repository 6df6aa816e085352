import { latencyText, runScenarioProcess, type TLatencyRow } from './latency'

export type TCoinPageCoin = {
  label: string
  marketDataId: string
  /** Its links to articles and to 快讯. */
  articleLinks: number
  flashLinks: number
}

export type TCoinPageReport = {
  articles: number
  flashes: number
  coins: number
  measured: TCoinPageCoin[]
  /** Each coin's reads, in the order of `measured`. */
  rows: TLatencyRow[]
}

/**
 * The `coin-page` scenario: the database reads behind /coins/<id> (its articles' first page and a
 * deep cursor page with the cursor check, its 快讯, its RSS feed), for the most popular coin and a
 * rare one, uncached (the pages keep them in Next's data cache between edits), in their own
 * process on the benchmark database (scripts/bench/coinPageRun.ts).
 */
export const measureCoinPage = (databaseFile: string) =>
  runScenarioProcess<TCoinPageReport>('coin-page', 'scripts/bench/coinPageRun.ts', databaseFile)

export function coinPageLines(report: TCoinPageReport): string[] {
  return [
    `coin page reads (in-process, uncached; ${report.articles} articles, ${report.flashes} 快讯, ${report.coins} coins):`,
    ...report.measured.map(
      (coin) =>
        `  ${coin.label} ${coin.marketDataId}: ${coin.articleLinks} articles, ${coin.flashLinks} 快讯`,
    ),
    ...report.rows.map((row) => `  ${latencyText(row)} (${row.calls})`),
  ]
}
