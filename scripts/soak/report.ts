import type { TMachine } from '@/scripts/lib/machine'
import type { TSoakArgs } from './args'
import type { TProcessMemory } from './memory'
import { MEMORY_RULE } from './memory'
import { OUTCOMES, type TOutcome, type TRequestKind, type TRequestSummary } from './requestStats'

export type TSoakReport = {
  date: string
  machine: TMachine
  settings: Omit<TSoakArgs, 'help' | 'processes' | 'baseUrl'> & {
    /** Undefined for a server the soak did not start. */
    processes: number | undefined
    baseUrl: string
  }
  requests: {
    /** Every request of the run: set-up, warm-up, measured window and read-back. */
    all: TRequestSummary
    measured: TRequestSummary
    measuredByKind: Partial<Record<TRequestKind, TRequestSummary>>
    failureExamples: Partial<Record<TOutcome, string[]>>
  }
  writes: {
    attempted: number
    acknowledged: number
    unacknowledged: number
    verified: number
    /** Saved state that differs from the acknowledged writes, one line per key. */
    mismatches: string[]
    readBackErrors: string[]
  }
  /** Empty when the server's processes could not be found. */
  memory: TProcessMemory[]
}

/** Why the soak failed, one line each; empty when it passed. */
export function failuresOf(report: TSoakReport): string[] {
  const { outcomes } = report.requests.all
  const { writes } = report
  const failures: string[] = []
  if (outcomes['5xx']) failures.push(`${outcomes['5xx']} answers were 5xx`)
  if (outcomes['429'])
    failures.push(`${outcomes['429']} answers were 429: the soak's pacing is over a rate limit`)
  if (outcomes['4xx']) failures.push(`${outcomes['4xx']} answers were an unexpected 4xx`)
  if (outcomes['no answer']) failures.push(`${outcomes['no answer']} requests got no answer`)
  if (writes.acknowledged === 0) failures.push('no write was acknowledged')
  if (writes.unacknowledged) failures.push(`${writes.unacknowledged} writes were not acknowledged`)
  if (
    writes.verified < writes.acknowledged ||
    writes.mismatches.length ||
    writes.readBackErrors.length
  )
    failures.push(
      `${writes.acknowledged - writes.verified} acknowledged writes are not in the saved state (${writes.mismatches.length} mismatches, ${writes.readBackErrors.length} readers unreadable)`,
    )
  if (report.memory.length === 0) failures.push('the server processes could not be sampled')
  for (const process of report.memory) {
    if (!process.verdict)
      failures.push(`server process ${process.pid} did not live through the measured window`)
    else if (!process.verdict.flat)
      failures.push(
        `server process ${process.pid} grew from ${process.verdict.startMiB.toFixed(0)} to ${process.verdict.endMiB.toFixed(0)} MiB`,
      )
  }
  return failures
}

/** Columns padded to their widest cell: the first to the left, the rest to the right. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  )
}

const ms = (value: number) =>
  Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(1) : value.toFixed(0)
const miB = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0))

function requestRows(report: TSoakReport): string[] {
  const row = (name: string, summary: TRequestSummary, seconds?: number) => [
    name,
    String(summary.requests),
    seconds ? (summary.requests / seconds).toFixed(1) : '',
    ...OUTCOMES.map((outcome) => String(summary.outcomes[outcome])),
    ms(summary.latency.p50Ms),
    ms(summary.latency.p99Ms),
    ms(summary.latency.maxMs),
  ]
  const seconds = report.settings.durationSeconds
  return table([
    ['requests', 'count', 'req/s', ...OUTCOMES, 'p50 ms', 'p99 ms', 'max ms'],
    ...Object.entries(report.requests.measuredByKind).map(([kind, summary]) =>
      row(`  ${kind}`, summary, seconds),
    ),
    row('measured window', report.requests.measured, seconds),
    row('whole run', report.requests.all),
  ])
}

function memoryRows(report: TSoakReport): string[] {
  if (report.memory.length === 0)
    return ['memory: the server processes could not be found in /proc']
  return table([
    ['RSS MiB', 'load start', 'measure start', 'end', 'max', 'growth', 'verdict'],
    ...report.memory.map(({ pid, role, timeline, verdict }) => [
      `${role} ${pid}`,
      miB(timeline[0]),
      miB(verdict?.startMiB),
      miB(verdict?.endMiB),
      miB(verdict?.maxMiB),
      verdict ? `${((verdict.growth - 1) * 100).toFixed(1)}%` : '—',
      verdict ? (verdict.flat ? 'flat' : 'growing') : 'not judged',
    ]),
  ]).concat(report.memory.map(({ pid, timeline }) => `${pid} every 10 s: ${timeline.join(' ')}`))
}

/** The plain-text summary printed at the end of `npm run soak`. */
export function formatReport(report: TSoakReport): string {
  const { settings, machine, writes } = report
  const failures = failuresOf(report)
  const examples = Object.entries(report.requests.failureExamples).flatMap(([outcome, lines]) =>
    lines.map((line) => `  ${outcome}: ${line}`),
  )
  return [
    `Newsroom soak ${report.date}: ${settings.durationSeconds} s measured after ${settings.warmupSeconds} s of warm-up, ${settings.readers} readers, ${settings.visitors} visitors, ${settings.processes ?? 'unknown'} server process(es) at ${settings.baseUrl}`,
    `${machine.cpus} cores, load ${machine.loadAverage1m.toFixed(1)} at start, node ${machine.node}`,
    '',
    ...requestRows(report),
    ...(examples.length ? ['examples of failed requests:', ...examples] : []),
    '',
    `writes: ${writes.attempted} sent, ${writes.acknowledged} acknowledged, ${writes.verified} verified by read-back, ${writes.unacknowledged} unacknowledged`,
    ...writes.mismatches.slice(0, 10).map((line) => `  mismatch: ${line}`),
    ...writes.readBackErrors.slice(0, 10).map((line) => `  read-back failed: ${line}`),
    '',
    ...memoryRows(report),
    `flat: the median of the measured window's last ${MEMORY_RULE.edgeSeconds} s at most ${MEMORY_RULE.tolerance}× the median of its first ${MEMORY_RULE.edgeSeconds} s`,
    '',
    failures.length ? ['FAILED:', ...failures.map((line) => `  ${line}`)].join('\n') : 'PASSED',
  ].join('\n')
}
