import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import type { TClearablePageCache } from '@/lib/pageCache/processCache'
import { loadTagExpirer, type TTagExpirer } from '@/lib/cluster/expireLocalTags'
import { registerTagExpiryRelay } from '@/lib/cluster/tagRelay'
import { LocalCacheLayer } from '@/lib/nextCache/localLayer'
import { registerSharedNextCache } from '@/lib/nextCache/sharedNextCache'
import { createTwoLevelHandler } from '@/lib/nextCache/twoLevelHandler'
import { openRedis, type TRedisConnection } from './connect'
import type { TOutageLog } from './outage'
import { registerSharedRedis } from './shared'
import { TagExpiryBacklog } from './tagExpiryBacklog'
import { announceTagExpiry, listenForTagExpiries } from './tagExpiryNotices'

/**
 * How long an instance answers a Next cache entry from its own memory before asking Redis again.
 * While Redis is unreachable this is also how long a change made through another instance can
 * stay unseen here (plus the page cache's PAGE_CACHE_MS and nginx's 1–2 s).
 */
export const LOCAL_LAYER_MAX_AGE_MS = 5000
const LOCAL_LAYER_MAX_ENTRIES = 2000
/**
 * A Redis command slower than this counts as failed: the request renders instead of waiting.
 * Redis answers in well under a millisecond; this is for a Redis that hangs, with room for an
 * event loop busy rendering.
 */
const REDIS_COMMAND_TIMEOUT_MS = 2000
/** Keys of Next's entries; the rate limits use `newsroom:<limit>`, the leases `newsroom:lease:`. */
const NEXT_CACHE_KEY_PREFIX = 'newsroom:next:'

export type TSharedState = {
  connection: TRedisConnection
  local: LocalCacheLayer
  backlog: TagExpiryBacklog
  /** Next's cache for this instance: the local layer, then Redis. */
  nextCache: Handler
}

const consoleLog = { warn: console.warn, info: console.info }

/**
 * This instance's side of the shared state, connected but not yet registered anywhere: what
 * openSharedState registers in the process, and what the integration tests run two of.
 */
export function createSharedState(url: string, log: TOutageLog = consoleLog): TSharedState {
  const connection = openRedis(url, log)
  const local = new LocalCacheLayer({
    maxAgeMs: LOCAL_LAYER_MAX_AGE_MS,
    maxEntries: LOCAL_LAYER_MAX_ENTRIES,
  })
  const shared = createRedisHandler({
    client: connection.client,
    keyPrefix: NEXT_CACHE_KEY_PREFIX,
    timeoutMs: REDIS_COMMAND_TIMEOUT_MS,
  })
  const backlog = new TagExpiryBacklog(async (tags) => {
    for (const tag of tags) await shared.revalidateTag(tag)
    await announceTagExpiry(connection, tags)
  }, connection.outage)
  const nextCache = createTwoLevelHandler({
    local,
    shared,
    outage: connection.outage,
    rememberUnexpired: (tags) => backlog.remember(tags),
  })
  return { connection, local, backlog, nextCache }
}

/**
 * First half of joining the other app instances through Redis (REDIS_URL), before Next starts:
 * opens the connections (without waiting for them), shares them with the app's code (rate limits,
 * leases, view counting) and makes Next's cache the shared one, with the local layer in front.
 */
export function openSharedState(url: string): TSharedState {
  const state = createSharedState(url)
  registerSharedRedis(state.connection)
  registerSharedNextCache(state.nextCache)
  return state
}

/**
 * Connects this instance's caches to the others': returns the relay that announces the tags
 * expired here, and makes the tags the others announce expire in this process's Next caches
 * (`expireInThisProcess`), its local layer and its page cache, as a publish through this instance
 * would. After an outage, when notices may have been missed, the local layer and the page cache
 * are emptied.
 */
export function connectInstance(
  { connection, local, backlog }: TSharedState,
  pageCache: TClearablePageCache,
  expireInThisProcess: TTagExpirer,
): (tags: readonly string[]) => void {
  listenForTagExpiries(connection, (tags) => {
    // Next's manifest is updated before the first await, so the page cache is emptied after it.
    const expired = expireInThisProcess(tags)
    for (const tag of tags) void local.revalidateTag(tag)
    pageCache.clear()
    expired.catch((error: unknown) =>
      console.error(`cache tags ${tags.join(', ')} not expired in this process:`, error),
    )
  })
  connection.outage.onRecovered(() => {
    local.clear()
    pageCache.clear()
  })
  return (tags) => {
    if (!connection.client.isReady) return backlog.remember(tags)
    announceTagExpiry(connection, tags).catch((error: unknown) => {
      connection.outage.failed(error)
      backlog.remember(tags)
    })
  }
}

/** Second half, once Next is prepared (its tag manifest must be loaded after): see connectInstance. */
export async function joinInstances(
  state: TSharedState,
  pageCache: TClearablePageCache,
): Promise<void> {
  registerTagExpiryRelay(connectInstance(state, pageCache, await loadTagExpirer()))
}
