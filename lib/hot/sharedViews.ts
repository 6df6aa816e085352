import { withSharedRedis } from '@/lib/redis/shared'

/**
 * Whether no other app instance counted this client's view of this article in the window
 * (REDIS_URL): a key per pair that Redis forgets at the window's end. Without Redis, or while it
 * is unreachable, each instance's own memory decides (lib/hot/recentViews.ts), so a client whose
 * beacons reach N instances counts at most N times per window meanwhile.
 */
export async function firstViewAcrossInstances(
  client: string,
  article: string,
  windowMs: number,
): Promise<boolean> {
  const claimed = await withSharedRedis((redis) =>
    redis.set(`newsroom:view:${article}:${client}`, '1', { NX: true, PX: windowMs }),
  )
  return claimed === undefined || claimed === 'OK'
}
