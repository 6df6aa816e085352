import type { RedisClientType } from '@redis/client'

import type { RedisOutage } from './outage'

/**
 * The Redis connection of this app instance (REDIS_URL), opened by the production server
 * (server.ts, lib/redis/connect.ts) and shared through globalThis for the reason
 * lib/pageCache/processCache.ts gives: the app's compiled route code (rate limits, the market
 * lease, view counting) is another module graph. Absent without REDIS_URL, under `next dev`,
 * in tests and scripts: every caller then keeps its state in process memory, as before.
 */
export type TSharedRedis = {
  client: RedisClientType
  outage: RedisOutage
  /** Names this instance in published messages, so that it can ignore its own. */
  instanceId: string
}

const SHARED_REDIS = Symbol.for('newsroom.sharedRedis')

type TGlobalWithRedis = typeof globalThis & { [SHARED_REDIS]?: TSharedRedis }

export function registerSharedRedis(shared: TSharedRedis | undefined): void {
  ;(globalThis as TGlobalWithRedis)[SHARED_REDIS] = shared
}

export function sharedRedis(): TSharedRedis | undefined {
  return (globalThis as TGlobalWithRedis)[SHARED_REDIS]
}

/**
 * Runs `command` on the shared client, or answers undefined when there is none or Redis is
 * unreachable (the caller then does what a single instance does). A failure is logged once per
 * outage (lib/redis/outage.ts), never per request.
 */
export async function withSharedRedis<TResult>(
  command: (client: RedisClientType) => Promise<TResult>,
): Promise<TResult | undefined> {
  const shared = sharedRedis()
  if (!shared || !shared.client.isReady) return undefined
  try {
    return await command(shared.client)
  } catch (error) {
    shared.outage.failed(error)
    return undefined
  }
}
