import type { TQuote } from '@/components/market/quotesApi'

/** quotesApi checks answers with zod: loaded after hydration, not with the timeline's scripts. */
const loadQuotesApi = () => import('@/components/market/quotesApi')

export type TQuoteState = {
  byMarketDataId: ReadonlyMap<string, TQuote>
  sampleData: boolean
  refreshSeconds: number
  loadedAt: Date
} | null

let state: TQuoteState = null
const listeners = new Set<() => void>()
const wanted = new Set<string>()
let scheduled = false
let refreshTimer: number | undefined

const notify = () => {
  for (const listener of listeners) listener()
}

async function load() {
  scheduled = false
  const ids = [...wanted]
  if (ids.length === 0) return
  try {
    const { fetchQuotes } = await loadQuotesApi()
    const result = await fetchQuotes(ids)
    if (!result.ok) return // symbols only, as on a failed request elsewhere
    const byMarketDataId = new Map(state?.byMarketDataId)
    for (const quote of result.data.docs) byMarketDataId.set(quote.marketDataId, quote)
    state = {
      byMarketDataId,
      sampleData: result.data.sampleData,
      refreshSeconds: result.data.refreshSeconds,
      loadedAt: new Date(),
    }
    notify()
    // The figures follow the market data, as the panel's do.
    window.clearTimeout(refreshTimer)
    refreshTimer = window.setTimeout(
      () => {
        if (document.visibilityState === 'visible') schedule()
      },
      Math.max(result.data.refreshSeconds, 30) * 1000,
    )
  } catch {
    // Its script did not load: symbols only.
  }
}

function schedule() {
  if (scheduled) return
  scheduled = true
  // Every chip that mounts in the same tick (a page, or the flashes a notice inserts) is asked
  // for in one request.
  queueMicrotask(() => void load())
}

/** For useSyncExternalStore: the coins a flash links are asked for once, with everyone else's. */
export function subscribeQuotes(marketDataIds: readonly string[], listener: () => void) {
  listeners.add(listener)
  const missing = marketDataIds.filter((id) => !wanted.has(id))
  for (const id of missing) wanted.add(id)
  if (missing.length > 0) schedule()
  return () => {
    listeners.delete(listener)
  }
}

export const quoteState = (): TQuoteState => state
export const noQuotes = (): TQuoteState => null
