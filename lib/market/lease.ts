import type { Payload, Where } from 'payload'

import { withSharedRedis } from '@/lib/redis/shared'
import { acquireRedisLease, releaseRedisLease } from './redisLease'

/**
 * A lease stored in the database (collection `leases`), so that a job runs in one process at a
 * time even with several server processes on one database. Taking it relies on the unique index
 * on `name`: of two processes creating the same lease, one gets a unique-constraint error. A
 * lease left by a crashed process expires after its TTL. After the job, the holder may keep it as
 * a cool-down (running = false) so that no other process repeats the job too soon.
 */
export type TLeaseState =
  | { acquired: true }
  | { acquired: false; reason: 'running' | 'cooling-down'; until: Date; holder: string }

type TLeaseRow = {
  id: number | string
  holder: string
  running?: boolean | null
  expiresAt: string
}

type TAcquireOptions = {
  name: string
  holder: string
  ttlMs: number
  now: Date
  ignoreCooldown?: boolean
}
type TReleaseOptions = { name: string; holder: string; now: Date; coolDownUntil?: Date }

/**
 * Takes the lease in Redis when the app instances share one (lib/market/redisLease.ts), else, or
 * while Redis is unreachable, in the database. An instance cut off from Redis while the others
 * reach it could run the job beside them once; the job (a market refresh) is safe to repeat.
 */
export async function acquireLease(
  payload: Payload,
  options: TAcquireOptions,
): Promise<TLeaseState> {
  const inRedis = await withSharedRedis((client) => acquireRedisLease(client, options))
  return inRedis ?? acquireDatabaseLease(payload, options)
}

/** Releases the lease where it was taken: Redis if it holds it, else the database. */
export async function releaseLease(payload: Payload, options: TReleaseOptions): Promise<void> {
  const inRedis = await withSharedRedis((client) => releaseRedisLease(client, options))
  if (!inRedis) await releaseDatabaseLease(payload, options)
}

async function acquireDatabaseLease(
  payload: Payload,
  options: TAcquireOptions,
): Promise<TLeaseState> {
  const { name, holder, now } = options
  const current = await findLease(payload, name)
  if (current && !isFree(current, now, options.ignoreCooldown)) return taken(current)

  // Clear what may be taken over: an expired lease, or a cool-down we were told to ignore.
  const free: Where[] = [{ expiresAt: { less_than_equal: now.toISOString() } }]
  if (options.ignoreCooldown) free.push({ running: { equals: false } })
  await payload.delete({
    collection: 'leases',
    where: { and: [{ name: { equals: name } }, { or: free }] },
    overrideAccess: true,
  })
  try {
    await payload.create({
      collection: 'leases',
      data: {
        name,
        holder,
        running: true,
        expiresAt: new Date(now.getTime() + options.ttlMs).toISOString(),
      },
      overrideAccess: true,
    })
    return { acquired: true }
  } catch (error) {
    // Another process created it between our read and our write.
    const winner = await findLease(payload, name)
    if (winner && winner.holder !== holder) return taken(winner)
    throw error
  }
}

/** Ends the lease, or turns it into a cool-down until `coolDownUntil` when that is still ahead. */
async function releaseDatabaseLease(payload: Payload, options: TReleaseOptions): Promise<void> {
  const mine: Where = {
    and: [{ name: { equals: options.name } }, { holder: { equals: options.holder } }],
  }
  if (options.coolDownUntil && options.coolDownUntil > options.now) {
    await payload.update({
      collection: 'leases',
      where: mine,
      data: { running: false, expiresAt: options.coolDownUntil.toISOString() },
      overrideAccess: true,
    })
  } else {
    await payload.delete({ collection: 'leases', where: mine, overrideAccess: true })
  }
}

async function findLease(payload: Payload, name: string): Promise<TLeaseRow | undefined> {
  const { docs } = await payload.find({
    collection: 'leases',
    where: { name: { equals: name } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] as TLeaseRow | undefined
}

function isFree(lease: TLeaseRow, now: Date, ignoreCooldown = false): boolean {
  if (new Date(lease.expiresAt).getTime() <= now.getTime()) return true
  return ignoreCooldown && lease.running === false
}

function taken(lease: TLeaseRow): TLeaseState {
  return {
    acquired: false,
    reason: lease.running === false ? 'cooling-down' : 'running',
    until: new Date(lease.expiresAt),
    holder: lease.holder,
  }
}
