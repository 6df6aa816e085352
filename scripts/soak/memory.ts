import { rssMiBByProcess } from '@/scripts/bench/processMemory'

/**
 * Memory is judged per server process over the measured window. A single sample says little (the
 * collector frees memory in steps), so the start is the median of the window's first
 * EDGE_SECONDS of samples and the end the median of its last; the process is flat when the end
 * is at most TOLERANCE times the start. Growth that continues after the warm-up's caches have
 * filled (the page cache and Next's are bounded) is what a leak looks like.
 */
export const MEMORY_RULE = { edgeSeconds: 5, tolerance: 1.1 } as const

const SAMPLE_EVERY_MS = 1000
const TIMELINE_STEP_MS = 10_000

export type TMemorySample = { atMs: number; miB: number }

export type TMemoryVerdict = {
  startMiB: number
  endMiB: number
  maxMiB: number
  /** The end over the start. */
  growth: number
  flat: boolean
}

export type TProcessMemory = {
  pid: number
  role: 'server' | 'primary' | 'worker'
  /** MiB every TIMELINE_STEP_MS from the load's start (warm-up included) to its end. */
  timeline: number[]
  /** Undefined when the process did not live through the whole measured window. */
  verdict: TMemoryVerdict | undefined
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The verdict on one process's samples between `from` and `to`; undefined when it has too few. */
export function memoryVerdict(
  samples: readonly TMemorySample[],
  window: { from: number; to: number },
): TMemoryVerdict | undefined {
  const edgeMs = MEMORY_RULE.edgeSeconds * 1000
  const inWindow = samples.filter(
    (sample) => sample.atMs >= window.from && sample.atMs <= window.to,
  )
  const first = inWindow.filter((sample) => sample.atMs < window.from + edgeMs).map((s) => s.miB)
  const last = inWindow.filter((sample) => sample.atMs > window.to - edgeMs).map((s) => s.miB)
  if (first.length === 0 || last.length === 0) return undefined
  const startMiB = median(first)
  const endMiB = median(last)
  return {
    startMiB,
    endMiB,
    maxMiB: Math.max(...inWindow.map((sample) => sample.miB)),
    growth: endMiB / startMiB,
    flat: endMiB <= startMiB * MEMORY_RULE.tolerance,
  }
}

/** The first sample at or after each step from `from` to `to`: the shape of the curve. */
export function timelineOf(samples: readonly TMemorySample[], from: number, to: number): number[] {
  const points: number[] = []
  for (let at = from; at <= to; at += TIMELINE_STEP_MS) {
    const sample = samples.find((candidate) => candidate.atMs >= at)
    if (sample) points.push(Math.round(sample.miB))
  }
  return points
}

/** Samples the resident memory of a server process and its descendants every second. */
export class MemorySampler {
  private readonly samples = new Map<number, TMemorySample[]>()
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly rootPid: number) {}

  start(): void {
    const sample = async () => {
      const atMs = performance.now()
      for (const [pid, miB] of await rssMiBByProcess(this.rootPid)) {
        const series = this.samples.get(pid) ?? []
        series.push({ atMs, miB })
        this.samples.set(pid, series)
      }
    }
    void sample()
    this.timer = setInterval(() => void sample(), SAMPLE_EVERY_MS)
    // Never what keeps the process alive: a soak that failed half-way must still end.
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
  }

  /** Every process seen, the server first, each judged over the measured window. */
  report(window: { loadStart: number; from: number; to: number }): TProcessMemory[] {
    const several = this.samples.size > 1
    return [...this.samples].map(([pid, series]) => {
      // A process that started or ended inside the window has no verdict: it was replaced.
      const spans =
        series[0]!.atMs <= window.from && series.at(-1)!.atMs >= window.to - SAMPLE_EVERY_MS
      return {
        pid,
        role: pid === this.rootPid ? (several ? 'primary' : 'server') : 'worker',
        timeline: timelineOf(series, window.loadStart, window.to),
        verdict: spans ? memoryVerdict(series, window) : undefined,
      }
    })
  }
}
