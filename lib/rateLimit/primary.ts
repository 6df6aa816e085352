import { RateLimiterClusterMaster } from 'rate-limiter-flexible'

/**
 * Makes the primary process of `npm start` hold the rate-limit counts of all its workers
 * (lib/rateLimit/limiters.ts asks it over the cluster's IPC channel).
 */
export function keepRateLimitsForWorkers(): void {
  new RateLimiterClusterMaster()
}
