import { isCoinGeckoProHost } from '@/lib/env'
import {
  MarketDataError,
  type MarketDataProvider,
  type TCoinSearchResult,
  type TFetchOptions,
  type TMarketLogger,
  type TMarketQuote,
} from '@/lib/market/types'
import { getJson, realSleep, type TFetch, type THttpOptions, type TSleep } from './http'
import {
  describeIssues,
  ZCoinGeckoMarkets,
  ZCoinGeckoSearch,
  type TCoinGeckoMarket,
} from './schema'

/** CoinGecko answers at most 250 coins per /coins/markets page. */
export const COINGECKO_MAX_IDS_PER_CALL = 250

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]*$/

export type TCoinGeckoOptions = {
  /** `https://api.coingecko.com` (public and demo keys) or `https://pro-api.coingecko.com`. */
  baseUrl: string
  apiKey?: string
  /** Which key header to send; by default `pro` on the pro host and `demo` anywhere else. */
  plan?: 'demo' | 'pro'
  timeoutMs?: number
  maxRetries?: number
  maxRetryWaitMs?: number
  batchSize?: number
  fetch?: TFetch
  sleep?: TSleep
  now?: () => Date
  logger?: TMarketLogger
}

export function createCoinGeckoProvider(options: TCoinGeckoOptions): MarketDataProvider {
  const base = options.baseUrl.replace(/\/+$/, '')
  const plan = options.plan ?? (isCoinGeckoProHost(base) ? 'pro' : 'demo')
  const headers: Record<string, string> = options.apiKey
    ? { [plan === 'pro' ? 'x-cg-pro-api-key' : 'x-cg-demo-api-key']: options.apiKey }
    : {}
  const batchSize = Math.min(
    options.batchSize ?? COINGECKO_MAX_IDS_PER_CALL,
    COINGECKO_MAX_IDS_PER_CALL,
  )
  const now = options.now ?? (() => new Date())
  const logger = options.logger ?? console

  const http = (fetchOptions: TFetchOptions | undefined): THttpOptions => ({
    headers,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 2,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 30_000,
    interactive: fetchOptions?.interactive ?? false,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    sleep: options.sleep ?? realSleep,
    now,
    logger,
  })

  return {
    name: 'coingecko',
    isSampleData: false,

    async fetchQuotes(ids, fetchOptions) {
      const wanted = [...new Set(ids)].filter((id) => PROVIDER_ID.test(id))
      const quotes: TMarketQuote[] = []
      // One batch after another, never in parallel: the free tier allows 10–30 calls a minute.
      for (let start = 0; start < wanted.length; start += batchSize) {
        const batch = wanted.slice(start, start + batchSize)
        const url =
          `${base}/api/v3/coins/markets?vs_currency=usd&ids=${batch.join(',')}` +
          `&per_page=${COINGECKO_MAX_IDS_PER_CALL}&page=1&sparkline=true&price_change_percentage=24h`
        const body = await getJson(url, http(fetchOptions))
        const parsed = ZCoinGeckoMarkets.safeParse(body)
        if (!parsed.success) {
          throw new MarketDataError(
            `/api/v3/coins/markets: unexpected answer: ${describeIssues(parsed.error)}`,
            'malformed',
          )
        }
        const asked = new Set(batch)
        const fetchedAt = now()
        for (const market of parsed.data) {
          if (asked.has(market.id)) quotes.push(toQuote(market, fetchedAt))
        }
      }
      return quotes
    },

    async searchCoins(query, fetchOptions) {
      const url = `${base}/api/v3/search?query=${encodeURIComponent(query.trim())}`
      const parsed = ZCoinGeckoSearch.safeParse(await getJson(url, http(fetchOptions)))
      if (!parsed.success) {
        throw new MarketDataError(
          `/api/v3/search: unexpected answer: ${describeIssues(parsed.error)}`,
          'malformed',
        )
      }
      return parsed.data.coins.slice(0, 20).map((coin): TCoinSearchResult => ({
        id: coin.id,
        symbol: coin.symbol.toUpperCase(),
        name: coin.name,
        rank: coin.market_cap_rank ?? null,
        thumb: coin.thumb || null,
      }))
    },
  }
}

function toQuote(market: TCoinGeckoMarket, fetchedAt: Date): TMarketQuote {
  const updatedAt = market.last_updated ? new Date(market.last_updated) : fetchedAt
  const points = market.sparkline_in_7d?.price.filter((value): value is number => value !== null)
  return {
    id: market.id,
    symbol: market.symbol.toUpperCase(),
    name: market.name,
    price: market.current_price,
    // CoinGecko reports a market cap of 0 when it does not know the circulating supply.
    marketCap: market.market_cap === 0 ? null : market.market_cap,
    change24h: market.price_change_percentage_24h_in_currency ?? market.price_change_percentage_24h,
    rank: market.market_cap_rank,
    sparkline7d: points && points.length >= 2 ? points : null,
    updatedAt: Number.isNaN(updatedAt.getTime()) ? fetchedAt : updatedAt,
  }
}
