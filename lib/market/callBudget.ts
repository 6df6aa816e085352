/**
 * Calls readers may cause to the provider (search, adopt), per process and per minute. The free
 * CoinGecko tier allows 10–30 calls a minute for everything, and the background refresh needs one
 * per 250 coins each period; past this budget, requests answer from the database only.
 */
export const INTERACTIVE_CALLS_PER_MINUTE = 10

export function createCallBudget(options: { perMinute: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const recent: number[] = []
  return {
    /** True (and counted) when a call may be made now. */
    tryTake(): boolean {
      const at = now()
      while (recent.length && (recent[0] as number) <= at - 60_000) recent.shift()
      if (recent.length >= options.perMinute) return false
      recent.push(at)
      return true
    },
    /** Forget past calls (tests). */
    reset: () => {
      recent.length = 0
    },
  }
}

/** Shared by the search and adopt endpoints, after each reader's own budget (readerBudget.ts). */
export const interactiveCalls = createCallBudget({ perMinute: INTERACTIVE_CALLS_PER_MINUTE })
