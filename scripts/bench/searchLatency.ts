import { runScenarioProcess } from './latency'

/** Percentiles of one group of searches, in milliseconds. */
export type TSearchLatencyRow = {
  label: string
  searches: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export type TSearchLatencyReport = {
  /** Rows in the index (articles and 快讯 per language). */
  indexRows: number
  rows: TSearchLatencyRow[]
}

export function percentiles(label: string, samplesMs: number[]): TSearchLatencyRow {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (share: number) =>
    Number(
      (sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN).toFixed(1),
    )
  return { label, searches: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) }
}

/**
 * The `search` scenario: a fixed mix of 1–4 word queries through the search the page and
 * GET /api/search run (scripts/bench/searchRun.ts), in its own process on the benchmark database
 * before the server starts, so the figures are the index's and not the HTTP stack's or the rate
 * limit's. The child prints its report as the last line of its output.
 */
export const measureSearchLatency = (databaseFile: string): Promise<TSearchLatencyReport> =>
  runScenarioProcess<TSearchLatencyReport>('search', 'scripts/bench/searchRun.ts', databaseFile)
