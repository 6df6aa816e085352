import { createHmac, timingSafeEqual } from 'node:crypto'

const PURPOSE = 'newsroom:payload-jobs:run'

/**
 * The bearer token with which the server's own scheduler calls /api/payload-jobs/run. Derived from
 * PAYLOAD_SECRET, so there is no second secret to configure and it changes when that secret does.
 */
export function jobsRunToken(secret: string): string {
  return createHmac('sha256', secret).update(PURPOSE).digest('base64url')
}

/** Whether an Authorization header carries the run token (compared in constant time). */
export function hasJobsRunToken(authorization: string | null | undefined, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '')
  if (!match) return false
  const given = Buffer.from(match[1]!)
  const expected = Buffer.from(jobsRunToken(secret))
  return given.length === expected.length && timingSafeEqual(given, expected)
}
