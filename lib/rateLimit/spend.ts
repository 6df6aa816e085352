import { limiterFor } from './limiters'
import type { TRateLimitName } from './rules'

export type TSpendResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const ALLOWED: TSpendResult = { allowed: true }

/**
 * Spends one point of `name` for `key`. When the limit is reached the answer says how long to
 * wait. When the count cannot be kept (the primary process did not answer in time) the request is
 * let through: a limit that fails closed would turn a slow primary into an outage.
 */
export async function spendPoint(
  name: TRateLimitName,
  key: string,
  /** Replaces the rule's points: a limit configured per key (limiters.ts). */
  points?: number,
): Promise<TSpendResult> {
  try {
    await limiterFor(name, points).consume(key)
    return ALLOWED
  } catch (refusal) {
    const msBeforeNext = (refusal as { msBeforeNext?: unknown } | null)?.msBeforeNext
    // Read by shape: the limiter may come from another bundled copy of the library.
    if (typeof msBeforeNext === 'number') {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) }
    }
    console.warn(`rate limit ${name} not counted: ${(refusal as Error).message}`)
    return ALLOWED
  }
}

/** Gives back one point of `name` for `key` (a login that succeeded was no guess). */
export async function givePointBack(name: TRateLimitName, key: string): Promise<void> {
  await limiterFor(name)
    .reward(key)
    .catch((error: unknown) => console.warn(`rate limit ${name} not refunded: ${String(error)}`))
}

/** Forgets every point `key` spent on `name`. */
export async function forgetPoints(name: TRateLimitName, key: string): Promise<void> {
  await limiterFor(name)
    .delete(key)
    .catch((error: unknown) => console.warn(`rate limit ${name} not reset: ${String(error)}`))
}
