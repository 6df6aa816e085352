/** Where outage messages go: the console in the server, a spy in tests. */
export type TOutageLog = { warn(message: string): void; info(message: string): void }

/**
 * Whether Redis is reachable, as far as this instance last saw, and one log line per change:
 * a client retrying every second, and every request falling back, must not write a line each.
 * `onRecovered` listeners run each time Redis comes back after an outage (replaying what could not
 * be written meanwhile, forgetting what may have been missed).
 */
export class RedisOutage {
  private down = false
  private readonly recoveredListeners: Array<() => void> = []

  constructor(private readonly log: TOutageLog) {}

  get isDown(): boolean {
    return this.down
  }

  /** A command or the connection failed; logged only when Redis was thought reachable. */
  failed(error: unknown): void {
    if (this.down) return
    this.down = true
    const reason = error instanceof Error ? error.message || error.name : String(error)
    this.log.warn(
      `redis unreachable (${reason}): serving from this instance's memory until it returns`,
    )
  }

  /** The connection is ready again. */
  recovered(): void {
    if (!this.down) return
    this.down = false
    this.log.info('redis reachable again: shared cache, expiries and limits resume')
    for (const listener of this.recoveredListeners) listener()
  }

  onRecovered(listener: () => void): void {
    this.recoveredListeners.push(listener)
  }
}
