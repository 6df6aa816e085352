/**
 * Which (client, article) pairs were counted recently: a reader who reloads an article, or opens
 * it again within the window, is one view. Held in memory per process with a bound on entries; the
 * oldest are forgotten first (a Map keeps insertion order), so a flood of junk pairs costs memory
 * of at most `maxEntries` and only shortens how long older pairs are remembered.
 *
 * With several server processes each remembers its own pairs, so a client whose requests land on
 * different processes may count once per process: bounded by WEB_CONCURRENCY, and the rate limit
 * (shared by all processes) still holds.
 */
export class RecentViews {
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly options: { windowMs: number; maxEntries: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a pair is seen in the window (it is then remembered), false after. */
  firstView(client: string, article: string): boolean {
    const key = `${client}\u0000${article}`
    const at = this.now()
    const last = this.seen.get(key)
    if (last !== undefined && at - last < this.options.windowMs) return false
    // Deleted first so that re-inserting moves the pair to the newest end.
    this.seen.delete(key)
    this.seen.set(key, at)
    this.forgetOldest(at)
    return true
  }

  get size(): number {
    return this.seen.size
  }

  private forgetOldest(at: number): void {
    for (const [key, last] of this.seen) {
      if (this.seen.size <= this.options.maxEntries && at - last < this.options.windowMs) return
      this.seen.delete(key)
    }
  }
}
