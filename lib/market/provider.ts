import { getEnv, type TEnv } from '@/lib/env'
import { createCoinGeckoProvider, type TCoinGeckoOptions } from './coingecko/provider'
import { createOfflineProvider } from './offline/provider'
import type { MarketDataProvider, TMarketLogger } from './types'

type TProviderEnv = Pick<TEnv, 'MARKET_PROVIDER' | 'COINGECKO_API_KEY' | 'COINGECKO_BASE_URL'>

/** The provider the environment asks for (MARKET_PROVIDER, default offline). */
export function createMarketDataProvider(
  env: TProviderEnv,
  overrides: Partial<TCoinGeckoOptions> & { logger?: TMarketLogger } = {},
): MarketDataProvider {
  if (env.MARKET_PROVIDER === 'coingecko') {
    return createCoinGeckoProvider({
      baseUrl: env.COINGECKO_BASE_URL,
      apiKey: env.COINGECKO_API_KEY,
      ...overrides,
    })
  }
  return createOfflineProvider()
}

let cached: MarketDataProvider | undefined

/** One provider per process, from the validated environment. */
export function getMarketDataProvider(): MarketDataProvider {
  cached ??= createMarketDataProvider(getEnv())
  return cached
}
