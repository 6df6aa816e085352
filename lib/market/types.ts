/**
 * The one shape every market-data provider returns. Figures the provider does not know stay `null`
 * (shown as "—"), never 0: a price of 0 would be a claim, not an absence.
 */
export type TMarketQuote = {
  /** The provider's coin id, stored as `coins.marketDataId` (e.g. `bitcoin`). */
  id: string
  /** Ticker, upper case (`BTC`). */
  symbol: string
  name: string
  /** USD. */
  price: number | null
  /** USD. */
  marketCap: number | null
  /** Percent over the last 24 hours (`-0.95` means −0.95 %). */
  change24h: number | null
  rank: number | null
  /**
   * USD prices over the last 7 days, oldest first. `undefined`: this provider has no sparklines;
   * `null`: it has none for this coin.
   */
  sparkline7d?: number[] | null
  /** When the provider last updated these figures. */
  updatedAt: Date
}

/** A coin the provider knows, for the "add a coin" search. */
export type TCoinSearchResult = {
  id: string
  symbol: string
  name: string
  rank: number | null
  /** A small logo URL on the provider's CDN, when it has one. */
  thumb: string | null
}

export type TFetchOptions = {
  /**
   * A reader is waiting (an HTTP request): fail fast on HTTP 429 instead of waiting for
   * Retry-After. The background refresh waits.
   */
  interactive?: boolean
}

export interface MarketDataProvider {
  readonly name: 'coingecko' | 'offline'
  /** True when the figures are bundled samples, which the portal labels 示例数据. */
  readonly isSampleData: boolean
  /**
   * Quotes for the given provider ids. Ids the provider does not know are left out of the answer.
   * Throws a MarketDataError when the provider fails or answers with something unexpected.
   */
  fetchQuotes(ids: readonly string[], options?: TFetchOptions): Promise<TMarketQuote[]>
  /** Coins matching a name or ticker, best first. Throws a MarketDataError on failure. */
  searchCoins(query: string, options?: TFetchOptions): Promise<TCoinSearchResult[]>
}

/** Where log lines go: Payload's logger and `console` both fit. */
export type TMarketLogger = {
  info: (message: string) => void
  warn: (message: string) => void
}

/** Why a provider call failed, in one line for the log. */
export class MarketDataError extends Error {
  constructor(
    message: string,
    readonly kind: 'http' | 'timeout' | 'network' | 'malformed' | 'rate-limited',
  ) {
    super(message)
    this.name = 'MarketDataError'
  }
}
