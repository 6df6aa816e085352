import cluster from 'node:cluster'

import {
  RateLimiterCluster,
  RateLimiterMemory,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

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
 * The limiter of one rule. A process of `npm start` with WEB_CONCURRENCY > 1 keeps no counts of
 * its own: it asks the primary (lib/rateLimit/primary.ts), so the limits hold for the server as a
 * whole however the connections are spread. A single process counts in memory.
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
  const limiter = cluster.isWorker
    ? new RateLimiterCluster({ ...options, timeoutMs: CLUSTER_ANSWER_TIMEOUT_MS })
    : new RateLimiterMemory(options)
  limiters.set(id, limiter)
  return limiter
}
