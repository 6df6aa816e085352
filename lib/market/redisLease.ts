import type { RedisClientType } from '@redis/client'

import type { TLeaseState } from './lease'

/** What a lease key holds; Redis itself forgets it at its expiry. */
type TRedisLease = { holder: string; running: boolean; expiresAt: string }

const leaseKey = (name: string) => `newsroom:lease:${name}`

/**
 * Sets the lease unless someone holds it (a cool-down counts, unless ARGV[3] says to ignore it).
 * Answers nil when taken, or the current holder's record. One script: atomic in Redis.
 */
const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then
  local lease = cjson.decode(current)
  if not (ARGV[3] == '1' and lease.running == false) then return current end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`

/** Ends or turns into a cool-down the lease that ARGV[1] holds; someone else's is left alone. */
const RELEASE = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if cjson.decode(current).holder ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`

/**
 * The lease of lib/market/lease.ts kept in Redis when the app instances share one (REDIS_URL):
 * the same rules (a TTL for a crashed holder, a cool-down after the job), without a database
 * write per run. Throws when Redis is unreachable; the caller then uses the database's lease.
 */
export async function acquireRedisLease(
  client: RedisClientType,
  options: { name: string; holder: string; ttlMs: number; now: Date; ignoreCooldown?: boolean },
): Promise<TLeaseState> {
  const record: TRedisLease = {
    holder: options.holder,
    running: true,
    expiresAt: new Date(options.now.getTime() + options.ttlMs).toISOString(),
  }
  const current = await client.eval(ACQUIRE, {
    keys: [leaseKey(options.name)],
    arguments: [JSON.stringify(record), String(options.ttlMs), options.ignoreCooldown ? '1' : '0'],
  })
  if (typeof current !== 'string') return { acquired: true }
  const lease = JSON.parse(current) as TRedisLease
  return {
    acquired: false,
    reason: lease.running ? 'running' : 'cooling-down',
    until: new Date(lease.expiresAt),
    holder: lease.holder,
  }
}

/** Whether the lease was this holder's in Redis (if not, it was taken in the database). */
export async function releaseRedisLease(
  client: RedisClientType,
  options: { name: string; holder: string; now: Date; coolDownUntil?: Date },
): Promise<boolean> {
  const coolDownMs = options.coolDownUntil
    ? options.coolDownUntil.getTime() - options.now.getTime()
    : 0
  const coolDown: TRedisLease = {
    holder: options.holder,
    running: false,
    expiresAt: options.coolDownUntil?.toISOString() ?? '',
  }
  const released = await client.eval(RELEASE, {
    keys: [leaseKey(options.name)],
    arguments: [
      options.holder,
      coolDownMs > 0 ? JSON.stringify(coolDown) : '',
      String(Math.max(1, Math.ceil(coolDownMs))),
    ],
  })
  return released === 1
}
