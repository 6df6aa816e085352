import cluster from 'node:cluster'

import {
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { sharedRedis } from '@/lib/redis/shared'
import { RATE_LIMIT_RULES, type TRateLimitName } from './rules'

/** How long a worker waits for the primary's answer before letting the request through. */
const CLUSTER_ANSWER_TIMEOUT_MS = 2000

type TLimiters = Map<string, RateLimiterAbstract>

// Next bundles route handlers, server actions and Payload's hooks apart, so this module can be
// loaded more than once in one process; the limiters must still be one per process.
const REGISTRY = Symbol.for('newsroom.rateLimiters')
const registry = (): TLimiters => {
  const holder = globalThis as { [REGISTRY]?: TLimiters }
  holder[REGISTRY] ??= new Map()
  return holder[REGISTRY]
}

/**
 * The limiter of one rule. With REDIS_URL (lib/redis) every app instance counts in Redis, so the
 * limits hold for all instances together; while Redis is unreachable each instance counts on its
 * own (the insurance limiter below), so a limit is at most that many times looser meanwhile.
 * Without Redis, a process of `npm start` with WEB_CONCURRENCY > 1 keeps no counts of its own: it
 * asks the primary (lib/rateLimit/primary.ts), so the limits hold for the server as a whole
 * however the connections are spread. A single process counts in memory.
 *
 * `points` replaces the rule's for limits configured per key (a content API key's own limit per
 * minute): each figure is a limiter of its own, under a prefix of its own in the primary too.
 */
export function limiterFor(name: TRateLimitName, points?: number): RateLimiterAbstract {
  const limiters = registry()
  const id = points === undefined ? name : `${name}:${points}`
  const existing = limiters.get(id)
  if (existing) return existing
  const rule = RATE_LIMIT_RULES[name]
  const options = {
    keyPrefix: `newsroom:${id}`,
    points: points ?? rule.points,
    duration: rule.durationSeconds,
    blockDuration: 'blockSeconds' in rule ? rule.blockSeconds : 0,
  }
  const local = cluster.isWorker
    ? new RateLimiterCluster({ ...options, timeoutMs: CLUSTER_ANSWER_TIMEOUT_MS })
    : new RateLimiterMemory(options)
  const redis = sharedRedis()
  const limiter = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis.client,
        useRedisPackage: true,
        // Straight to the local count while the connection is down, instead of a failed command.
        rejectIfRedisNotReady: true,
        insuranceLimiter: local,
      })
    : local
  limiters.set(id, limiter)
  return limiter
}
