import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import type { TClearablePageCache } from '@/lib/pageCache/processCache'
import { loadTagExpirer } from '@/lib/cluster/expireLocalTags'
import { registerTagExpiryRelay } from '@/lib/cluster/tagRelay'
import { LocalCacheLayer } from '@/lib/nextCache/localLayer'
import { registerSharedNextCache } from '@/lib/nextCache/sharedNextCache'
import { createTwoLevelHandler } from '@/lib/nextCache/twoLevelHandler'
import { openRedis, type TRedisConnection } from './connect'
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
/** A Redis command slower than this counts as failed: the request renders instead of waiting. */
const REDIS_COMMAND_TIMEOUT_MS = 1000
/** Keys of Next's entries; the rate limits use `newsroom:<limit>`, the leases `newsroom:lease:`. */
const NEXT_CACHE_KEY_PREFIX = 'newsroom:next:'

export type TSharedState = {
  connection: TRedisConnection
  local: LocalCacheLayer
  backlog: TagExpiryBacklog
}

const consoleLog = { warn: console.warn, info: console.info }

/**
 * First half of joining the other app instances through Redis (REDIS_URL), before Next starts:
 * opens the connections (without waiting for them), shares them with the app's code (rate limits,
 * leases) and makes Next's cache the shared one, with the local layer in front.
 */
export function openSharedState(url: string, log = consoleLog): TSharedState {
  const connection = openRedis(url, log)
  registerSharedRedis(connection)
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
  registerSharedNextCache(
    createTwoLevelHandler({
      local,
      shared,
      outage: connection.outage,
      rememberUnexpired: (tags) => backlog.remember(tags),
    }),
  )
  return { connection, local, backlog }
}

/**
 * Second half, once Next is prepared: tag expiries made here (lib/revalidate.ts) are announced to
 * the other instances, and theirs expire the tags in this process's Next caches, its local layer
 * and its page cache, as a publish through this instance would. After an outage, when notices may
 * have been missed, the local layer and the page cache are emptied.
 */
export async function joinInstances(
  { connection, local, backlog }: TSharedState,
  pageCache: TClearablePageCache,
): Promise<void> {
  const expireTagsInThisProcess = await loadTagExpirer()
  registerTagExpiryRelay((tags) => {
    if (!connection.client.isReady) return backlog.remember(tags)
    announceTagExpiry(connection, tags).catch((error: unknown) => {
      connection.outage.failed(error)
      backlog.remember(tags)
    })
  })
  listenForTagExpiries(connection, (tags) => {
    // Next's manifest is updated before the first await, so the page cache is emptied after it.
    const expired = expireTagsInThisProcess(tags)
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
}
