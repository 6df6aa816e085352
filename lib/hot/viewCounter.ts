import { RecentViews } from './recentViews'
import { ViewBatch, type TViewIncrement } from './viewBatch'

/** What a flush does with a batch: lib/hot/storeViews.ts writes it to `article-views`. */
export type TWriteViews = (rows: TViewIncrement[]) => Promise<void>

export type TViewCounterOptions = {
  write: TWriteViews
  /** Flush at least this often. */
  flushMs: number
  /** Flush early once this many (article, hour) pairs wait: bounds memory under a flood. */
  maxPending: number
  /** One view per client and article in this window. */
  dedupeMs: number
  /** Client–article pairs remembered at most. */
  maxRemembered: number
  now?: () => number
  onError?: (error: unknown) => void
  /**
   * Whether no other app instance counted this view already (lib/hot/sharedViews.ts); asked
   * only for views that are new to this process.
   */
  firstViewElsewhere?: (client: string, article: string) => Promise<boolean>
}

export type TRecordOutcome = 'counted' | 'repeat'

/**
 * A process's view counter: dedupes, counts in memory, writes in batches. Each server process
 * (lib/cluster) has its own and flushes its own counts; the store adds them up.
 */
export class ViewCounter {
  private readonly batch = new ViewBatch()
  private readonly recent: RecentViews
  private readonly now: () => number
  private timer: ReturnType<typeof setInterval> | null = null
  private flushing: Promise<void> | null = null

  constructor(private readonly options: TViewCounterOptions) {
    this.now = options.now ?? Date.now
    this.recent = new RecentViews(
      { windowMs: options.dedupeMs, maxEntries: options.maxRemembered },
      this.now,
    )
  }

  async record(client: string, article: string): Promise<TRecordOutcome> {
    if (!this.recent.firstView(client, article)) return 'repeat'
    if (
      this.options.firstViewElsewhere &&
      !(await this.options.firstViewElsewhere(client, article))
    )
      return 'repeat'
    this.batch.add(article, this.now())
    if (this.batch.size >= this.options.maxPending) void this.flush()
    return 'counted'
  }

  get pending(): number {
    return this.batch.size
  }

  /** Writes what was counted; one flush at a time, a failed write is tried again next time. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing
    const rows = this.batch.take()
    if (rows.length === 0) return
    this.flushing = this.options
      .write(rows)
      .catch((error: unknown) => {
        this.batch.restore(rows)
        this.options.onError?.(error)
      })
      .finally(() => {
        this.flushing = null
      })
    return this.flushing
  }

  /** Flushes every `flushMs` without keeping the process alive. */
  start(): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.flush(), this.options.flushMs)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
