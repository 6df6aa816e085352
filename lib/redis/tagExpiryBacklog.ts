import type { RedisOutage } from './outage'

/** More distinct tags than this while Redis is away, and the oldest are no longer replayed. */
const MAX_REMEMBERED_TAGS = 10_000

/**
 * Cache tags this instance expired while Redis was unreachable: their entries may still be in
 * Redis, and the other instances were not told. When Redis is back, `replay` expires them there
 * and announces them, so that every instance drops what it kept of them.
 */
export class TagExpiryBacklog {
  private readonly tags = new Set<string>()

  constructor(
    private readonly replay: (tags: string[]) => Promise<void>,
    private readonly outage: RedisOutage,
  ) {
    outage.onRecovered(() => void this.flush())
  }

  get size(): number {
    return this.tags.size
  }

  remember(tags: readonly string[]): void {
    for (const tag of tags) {
      this.tags.delete(tag)
      this.tags.add(tag)
    }
    for (const oldest of this.tags) {
      if (this.tags.size <= MAX_REMEMBERED_TAGS) break
      this.tags.delete(oldest)
    }
  }

  /** Replays what is remembered; kept for the next recovery if Redis fails again meanwhile. */
  async flush(): Promise<void> {
    if (this.tags.size === 0) return
    const tags = [...this.tags]
    this.tags.clear()
    try {
      await this.replay(tags)
    } catch (error) {
      this.remember(tags)
      this.outage.failed(error)
    }
  }
}
