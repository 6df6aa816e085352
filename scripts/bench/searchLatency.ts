import { spawn } from 'node:child_process'
import path from 'node:path'

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
export async function measureSearchLatency(databaseFile: string): Promise<TSearchLatencyReport> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/searchRun.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.resolve(databaseFile)}`,
        SEED_ON_EMPTY: 'false',
      },
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`search scenario exited with ${code}`)),
    )
  })
  const last = output.trim().split('\n').at(-1) ?? ''
  return JSON.parse(last) as TSearchLatencyReport
}
