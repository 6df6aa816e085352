import type { TPhase } from './requestStats'

/**
 * The soak's clock: set-up until the load starts, then the warm-up, the measured window, and
 * read-back once the load's time is up. Times are performance.now() milliseconds.
 */
export class SoakSchedule {
  private loadStartedAt: number | undefined

  constructor(
    private readonly warmupMs: number,
    private readonly durationMs: number,
  ) {}

  startLoad(now = performance.now()): void {
    this.loadStartedAt = now
  }

  get measureFrom(): number {
    return (this.loadStartedAt ?? Number.POSITIVE_INFINITY) + this.warmupMs
  }

  get endsAt(): number {
    return this.measureFrom + this.durationMs
  }

  isOver(now = performance.now()): boolean {
    return now >= this.endsAt
  }

  phase(now = performance.now()): TPhase {
    if (this.loadStartedAt === undefined) return 'setup'
    if (this.isOver(now)) return 'readBack'
    return now < this.measureFrom ? 'warmup' : 'measure'
  }
}

/** Waits until `at` (performance.now() ms) or not at all when that has passed. */
export function sleepUntil(at: number): Promise<void> {
  const ms = at - performance.now()
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

/** A whole number from `min` to `max`, both included. */
export const randomBetween = (min: number, max: number): number =>
  min + Math.floor(Math.random() * (max - min + 1))

/** One of the items, or undefined when there are none. */
export const pickOne = <T>(items: readonly T[]): T | undefined =>
  items[Math.floor(Math.random() * items.length)]
