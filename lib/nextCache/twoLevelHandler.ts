import type {
  CacheHandlerValue,
  Handler,
  HandlerGetMeta,
} from '@fortedigital/nextjs-cache-handler/cache-handler.types'

import type { RedisOutage } from '@/lib/redis/outage'
import type { LocalCacheLayer } from './localLayer'

export type TTwoLevelParts = {
  local: LocalCacheLayer
  /** The library's Redis handler (redis-strings): every instance reads and writes the same entries. */
  shared: Handler
  outage: RedisOutage
  /** Tags whose expiry could not reach Redis; expired there once it is back (tagExpiryBacklog.ts). */
  rememberUnexpired: (tags: readonly string[]) => void
}

/**
 * Next's data and full-route cache for an instance of several: the local layer first, then Redis.
 * What Redis cannot answer (unreachable, slow) is a miss, so Next renders from the database, as a
 * single instance would; what it cannot store stays local. A failure is logged once per outage.
 */
export function createTwoLevelHandler({
  local,
  shared,
  outage,
  rememberUnexpired,
}: TTwoLevelParts): Handler {
  return {
    name: 'local+redis',
    async get(key: string, meta: HandlerGetMeta): Promise<CacheHandlerValue | null> {
      const nearby = await local.get(key, meta)
      if (nearby) return nearby
      try {
        const value = await shared.get(key, meta)
        if (value) await local.set(key, value)
        return value ?? null
      } catch (error) {
        outage.failed(error)
        return null
      }
    },
    async set(key, value, context) {
      await local.set(key, value)
      try {
        await shared.set(key, value, context)
      } catch (error) {
        outage.failed(error)
      }
    },
    async revalidateTag(tag: string) {
      await local.revalidateTag(tag)
      try {
        await shared.revalidateTag(tag)
      } catch (error) {
        outage.failed(error)
        rememberUnexpired([tag])
      }
    },
    async delete(key: string) {
      await local.delete(key)
      try {
        await shared.delete?.(key)
      } catch (error) {
        outage.failed(error)
      }
    },
  }
}
