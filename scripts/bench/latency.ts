import { spawn } from 'node:child_process'
import path from 'node:path'

/** Percentiles of one group of timed calls, in milliseconds. */
export type TLatencyRow = {
  label: string
  calls: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  maxMs: number
}

export function latencyRow(label: string, samplesMs: number[]): TLatencyRow {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (share: number) =>
    Number(
      (sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN).toFixed(1),
    )
  return {
    label,
    calls: sorted.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
  }
}

/** `warmUp` untimed calls, then `runs` timed one after another. */
export async function timeCalls(
  label: string,
  call: () => Promise<unknown>,
  { warmUp = 20, runs = 200 }: { warmUp?: number; runs?: number } = {},
): Promise<TLatencyRow> {
  for (let i = 0; i < warmUp; i++) await call()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await call()
    samples.push(performance.now() - started)
  }
  return latencyRow(label, samples)
}

export const latencyText = (row: TLatencyRow) =>
  `${row.label} p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms, p99 ${row.p99Ms} ms`

/**
 * Runs a scenario's own process (scripts/bench/<name>Run.ts) on the benchmark database, with
 * nothing else in it: no server, so the figures are the reads' and not the HTTP stack's. The child
 * prints its report as JSON on the last line of its output.
 */
export async function runScenarioProcess<TReport>(
  name: string,
  script: string,
  databaseFile: string,
  { args = [], nodeFlags = [] }: { args?: string[]; nodeFlags?: string[] } = {},
): Promise<TReport> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // As the benchmark's server (scripts/lib/productionServer.ts): a local database only.
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'local-secret-0123456789abcdef',
        DATABASE_URI: `file:${path.resolve(databaseFile)}`,
        SEED_ON_EMPTY: 'false',
      },
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${name} scenario exited with ${code}`)),
    )
  })
  const last = output.trim().split('\n').at(-1) ?? ''
  return JSON.parse(last) as TReport
}
