/**
 * Every request the soak makes, counted by what its answer means and timed. Nothing here is
 * expected to fail: the counts of 429, 5xx, other 4xx and requests without an answer are the
 * soak's verdict, and a few examples of each are kept so a failure can be looked into.
 */

/** When a request was sent: before the load, during the warm-up or the measured window, after. */
export type TPhase = 'setup' | 'warmup' | 'measure' | 'readBack'

/** What a request was for: the report times each kind on its own. */
export type TRequestKind = 'setup' | 'write' | 'reader read' | 'page' | 'visitor api' | 'read-back'

/** 429 is kept apart from the other 4xx: one means the soak's own pacing is wrong. */
export type TOutcome = '2xx' | '3xx' | '4xx' | '429' | '5xx' | 'no answer'

export const OUTCOMES: readonly TOutcome[] = ['2xx', '3xx', '4xx', '429', '5xx', 'no answer']

export type TOutcomeCounts = Record<TOutcome, number>

export type TLatencySummary = { p50Ms: number; p99Ms: number; maxMs: number }

export type TRequestSummary = {
  requests: number
  outcomes: TOutcomeCounts
  latency: TLatencySummary
}

export type TRecordedRequest = {
  phase: TPhase
  kind: TRequestKind
  /** 0 when no answer came back (refused, reset, timed out). */
  status: number
  ms: number
  /** "PUT /api/watchlists/mine": for the examples of failures. */
  label: string
}

const EXAMPLES_PER_OUTCOME = 5

export function outcomeOf(status: number): TOutcome {
  if (status === 0) return 'no answer'
  if (status === 429) return '429'
  if (status >= 500) return '5xx'
  if (status >= 400) return '4xx'
  return status >= 300 ? '3xx' : '2xx'
}

const noOutcomes = (): TOutcomeCounts => ({
  '2xx': 0,
  '3xx': 0,
  '4xx': 0,
  '429': 0,
  '5xx': 0,
  'no answer': 0,
})

/** The value below which `percent` % of the sorted values lie (nearest rank); NaN when empty. */
export function percentile(sorted: readonly number[], percent: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((percent / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function summarizeLatencies(latenciesMs: readonly number[]): TLatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  return {
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  }
}

export class RequestStats {
  private readonly recorded: TRecordedRequest[] = []
  private readonly examples = new Map<TOutcome, string[]>()

  record(request: TRecordedRequest, detail = ''): void {
    this.recorded.push(request)
    const outcome = outcomeOf(request.status)
    if (outcome === '2xx' || outcome === '3xx') return
    const kept = this.examples.get(outcome) ?? []
    if (kept.length < EXAMPLES_PER_OUTCOME) {
      kept.push(`${request.status || '—'} ${request.label}${detail ? `: ${detail}` : ''}`)
      this.examples.set(outcome, kept)
    }
  }

  /** Counts and latencies of the requests that match, e.g. one phase or one kind. */
  summary(matches: (request: TRecordedRequest) => boolean = () => true): TRequestSummary {
    const outcomes = noOutcomes()
    const latencies: number[] = []
    for (const request of this.recorded) {
      if (!matches(request)) continue
      outcomes[outcomeOf(request.status)] += 1
      latencies.push(request.ms)
    }
    return { requests: latencies.length, outcomes, latency: summarizeLatencies(latencies) }
  }

  /** Up to a few "status METHOD path: detail" lines per failed outcome. */
  failureExamples(): Partial<Record<TOutcome, string[]>> {
    return Object.fromEntries(this.examples)
  }
}
