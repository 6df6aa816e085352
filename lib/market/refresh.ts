import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { getEnv } from '@/lib/env'
import { revalidateCacheTags } from '@/lib/revalidate'
import { acquireLease, releaseLease } from './lease'
import { compactSparkline } from './sparkline'
import { findCoinsByMarketDataId, findRefreshTargets, type TCoinRow } from './targets'
import type { MarketDataProvider, TMarketLogger, TMarketQuote } from './types'

export const REFRESH_LEASE_NAME = 'market-refresh'
/** A run that takes longer than this is assumed dead (process crashed) and may be taken over. */
const LEASE_TTL_MS = 5 * 60_000
/** Timer drift must not make a process skip its own next run. */
const COOL_DOWN_SLACK_MS = 5_000

export type TRefreshOptions = {
  provider: MarketDataProvider
  /** MARKET_REFRESH_SECONDS: no other process calls the provider again within this period. */
  refreshSeconds: number
  /** Only these provider ids (the command line's --ids); default: findRefreshTargets. */
  marketDataIds?: readonly string[]
  /** At most this many coins without `marketDataIds`; default MARKET_REFRESH_MAX_COINS. */
  maxCoins?: number
  /** Run even when another process refreshed less than a period ago (never while one runs). */
  ignoreCooldown?: boolean
  now?: () => Date
  logger?: TMarketLogger
  onProgress?: (done: number, total: number) => void
}

export type TRefreshResult = {
  status: 'done' | 'failed' | 'skipped'
  /** Coins the run covered. */
  total: number
  updated: number
  unchanged: number
  /** Coins the provider did not return: they keep their last figures and grow stale. */
  missing: number
  /** Coins whose write failed, or all of them when the provider failed. */
  failed: number
  missingIds: string[]
  /** Ids given with `marketDataIds` that are not in the coins collection (nothing to refresh). */
  notListed: string[]
  /** Coins past `maxCoins`, not refreshed this time (they keep their figures and grow stale). */
  leftOut: number
  error?: string
  skipped?: { reason: 'running' | 'cooling-down'; until: Date }
}

/** The fields a refresh writes; names, symbols and logos are the editors'. */
export type TMarketPatch = {
  price: number | null
  marketCap: number | null
  change24h: number | null
  rank: number | null
  priceUpdatedAt: string
  sparkline7d?: number[] | null
}

/**
 * One refresh: take the lease, fetch quotes for the target coins, write only the market fields of
 * coins whose figures changed, then invalidate the `coins` cache tag. A provider failure changes
 * nothing stored; it is logged and reported in the result, never thrown.
 */
export async function refreshMarketData(
  payload: Payload,
  options: TRefreshOptions,
): Promise<TRefreshResult> {
  const now = options.now ?? (() => new Date())
  const logger = options.logger ?? payload.logger
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  const startedAt = now()
  const result: TRefreshResult = {
    status: 'done',
    total: 0,
    updated: 0,
    unchanged: 0,
    missing: 0,
    failed: 0,
    missingIds: [],
    notListed: [],
    leftOut: 0,
  }

  const lease = await acquireLease(payload, {
    name: REFRESH_LEASE_NAME,
    holder,
    ttlMs: LEASE_TTL_MS,
    now: startedAt,
    ignoreCooldown: options.ignoreCooldown,
  })
  if (!lease.acquired) {
    return { ...result, status: 'skipped', skipped: { reason: lease.reason, until: lease.until } }
  }

  try {
    let coins: TCoinRow[]
    if (options.marketDataIds) {
      coins = await findCoinsByMarketDataId(payload, options.marketDataIds)
      const listed = new Set(coins.map((coin) => coin.marketDataId))
      result.notListed = [...new Set(options.marketDataIds)].filter((id) => !listed.has(id))
    } else {
      const maxCoins = options.maxCoins ?? getEnv().MARKET_REFRESH_MAX_COINS
      const targets = await findRefreshTargets(payload, { maxCoins })
      coins = targets.coins
      result.leftOut = targets.leftOut
    }
    result.total = coins.length
    if (coins.length === 0) return result

    let quotes: TMarketQuote[]
    try {
      quotes = await options.provider.fetchQuotes(coins.map((coin) => coin.marketDataId))
    } catch (error) {
      result.status = 'failed'
      result.failed = coins.length
      result.error = (error as Error).message
      logger.warn(
        `market refresh: ${options.provider.name} failed, stored figures kept: ${result.error}`,
      )
      return result
    }

    const byId = new Map(quotes.map((quote) => [quote.id, quote]))
    let done = 0
    for (const coin of coins) {
      const quote = byId.get(coin.marketDataId)
      if (!quote) {
        result.missing++
        result.missingIds.push(coin.marketDataId)
      } else {
        const patch = marketPatch(quote)
        if (sameFigures(coin, patch)) {
          result.unchanged++
        } else {
          try {
            await payload.update({
              collection: 'coins',
              id: coin.id,
              data: patch,
              depth: 0,
              overrideAccess: true,
              // One cache invalidation for the whole run, below, not one per coin.
              context: { disableRevalidate: true },
            })
            result.updated++
          } catch (error) {
            result.failed++
            logger.warn(
              `market refresh: ${coin.marketDataId} not written: ${(error as Error).message}`,
            )
          }
        }
      }
      options.onProgress?.(++done, coins.length)
    }
    if (result.updated > 0) await revalidateCacheTags([CACHE_TAGS.coins], payload)
    return result
  } finally {
    await releaseLease(payload, {
      name: REFRESH_LEASE_NAME,
      holder,
      now: now(),
      coolDownUntil: new Date(
        startedAt.getTime() + options.refreshSeconds * 1000 - COOL_DOWN_SLACK_MS,
      ),
    }).catch((error: unknown) =>
      // It expires by itself; a failed release only delays the next run.
      logger.warn(`market refresh: lease not released: ${(error as Error).message}`),
    )
  }
}

/** The stored form of a quote. A sparkline the provider does not offer (undefined) is left alone. */
export function marketPatch(quote: TMarketQuote): TMarketPatch {
  const patch: TMarketPatch = {
    price: quote.price,
    marketCap: quote.marketCap,
    change24h: quote.change24h,
    rank: quote.rank,
    priceUpdatedAt: quote.updatedAt.toISOString(),
  }
  if (quote.sparkline7d !== undefined) patch.sparkline7d = compactSparkline(quote.sparkline7d)
  return patch
}

function sameFigures(coin: TCoinRow, patch: TMarketPatch): boolean {
  const same = (stored: number | null | undefined, next: number | null) => (stored ?? null) === next
  const storedAt = coin.priceUpdatedAt ? new Date(coin.priceUpdatedAt).getTime() : null
  return (
    same(coin.price, patch.price) &&
    same(coin.marketCap, patch.marketCap) &&
    same(coin.change24h, patch.change24h) &&
    same(coin.rank, patch.rank) &&
    storedAt === new Date(patch.priceUpdatedAt).getTime() &&
    (patch.sparkline7d === undefined ||
      JSON.stringify(coin.sparkline7d ?? null) === JSON.stringify(patch.sparkline7d))
  )
}

/** One line for logs and the command line. */
export function describeRefresh(result: TRefreshResult): string {
  if (result.status === 'skipped' && result.skipped) {
    const why =
      result.skipped.reason === 'running'
        ? 'another refresh is running'
        : 'another process refreshed less than one period ago'
    return `skipped: ${why} (until ${result.skipped.until.toISOString()})`
  }
  const counts = `${result.updated} updated / ${result.unchanged} unchanged / ${result.failed} failed`
  const missing = result.missing ? `, ${result.missing} not returned by the provider` : ''
  const leftOut = result.leftOut
    ? `, ${result.leftOut} more left out (MARKET_REFRESH_MAX_COINS)`
    : ''
  return `${result.total} coins: ${counts}${missing}${leftOut}${result.error ? ` (${result.error})` : ''}`
}
