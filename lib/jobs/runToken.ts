import { internalToken, isInternalToken } from '@/lib/security/internalToken'

const PURPOSE = 'payload-jobs:run'

/** The bearer token with which the server's own scheduler calls /api/payload-jobs/run. */
export const jobsRunToken = (secret: string): string => internalToken(secret, PURPOSE)

/** Whether an Authorization header carries the run token. */
export function hasJobsRunToken(authorization: string | null | undefined, secret: string): boolean {
  return isInternalToken(/^Bearer (.+)$/.exec(authorization ?? '')?.[1], secret, PURPOSE)
}
