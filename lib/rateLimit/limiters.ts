import cluster from 'node:cluster'

import {
  RateLimiterCluster,
  RateLimiterMemory,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { RATE_LIMIT_RULES, type TRateLimitName } from './rules'

/** How long a worker waits for the primary's answer before letting the request through. */
const CLUSTER_ANSWER_TIMEOUT_MS = 2000

type TLimiters = Map<TRateLimitName, RateLimiterAbstract>

// Next bundles route handlers, server actions and Payload's hooks apart, so this module can be
// loaded more than once in one process; the limiters must still be one per process.
const REGISTRY = Symbol.for('newsroom.rateLimiters')
const registry = (): TLimiters => {
  const holder = globalThis as { [REGISTRY]?: TLimiters }
  holder[REGISTRY] ??= new Map()
  return holder[REGISTRY]
}

/**
 * The limiter of one rule. A process of `npm start` with WEB_CONCURRENCY > 1 keeps no counts of
 * its own: it asks the primary (lib/rateLimit/primary.ts), so the limits hold for the server as a
 * whole however the connections are spread. A single process counts in memory.
 */
export function limiterFor(name: TRateLimitName): RateLimiterAbstract {
  const limiters = registry()
  const existing = limiters.get(name)
  if (existing) return existing
  const rule = RATE_LIMIT_RULES[name]
  const options = {
    keyPrefix: `newsroom:${name}`,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: 'blockSeconds' in rule ? rule.blockSeconds : 0,
  }
  const limiter = cluster.isWorker
    ? new RateLimiterCluster({ ...options, timeoutMs: CLUSTER_ANSWER_TIMEOUT_MS })
    : new RateLimiterMemory(options)
  limiters.set(name, limiter)
  return limiter
}
