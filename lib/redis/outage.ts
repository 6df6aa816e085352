/** Where outage messages go: the console in the server, a spy in tests. */
export type TOutageLog = { warn(message: string): void; info(message: string): void }

/** How soon a command failure on a live connection (a time-out) is taken as over. */
const SLOW_COMMAND_RECHECK_MS = 1000

/**
 * Whether Redis is reachable, as far as this instance last saw, and one log line per change:
 * a client retrying every second, and every request falling back, must not write a line each.
 * `onRecovered` listeners run each time Redis comes back after an outage (replaying what could not
 * be written meanwhile, forgetting what may have been missed).
 *
 * A lost connection ends when the clients report it ready again (`recovered`). A command that
 * failed while the connection stayed up (a time-out under load) counts as an outage too, since
 * what it carried is lost the same way; it is over once the connection is still up a second later.
 */
export class RedisOutage {
  private down = false
  private readonly recoveredListeners: Array<() => void> = []

  constructor(
    private readonly log: TOutageLog,
    /** Whether the connections are up right now. */
    private readonly isConnected: () => boolean = () => false,
  ) {}

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
    if (this.isConnected()) {
      setTimeout(() => {
        if (this.isConnected()) this.recovered()
      }, SLOW_COMMAND_RECHECK_MS).unref()
    }
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
