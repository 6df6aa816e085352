import type { Payload } from 'payload'
import { z } from 'zod'

import { thrownPayloadError } from '@/lib/account/payloadErrors'

/** Payload's verification tokens: 20 random bytes in hex. Anything else is not worth a query. */
const ZVerificationToken = z.string().regex(/^[0-9a-f]{40}$/)

/**
 * Confirms the account whose mailed link carries `token` (Payload's verify operation, which also
 * clears the token, so a link works once). False for a token that is malformed, unknown or used.
 */
export async function verifyEmailWithToken(payload: Payload, token: unknown): Promise<boolean> {
  const parsed = ZVerificationToken.safeParse(token)
  if (!parsed.success) return false
  try {
    return await payload.verifyEmail({ collection: 'users', token: parsed.data })
  } catch (error) {
    const status = thrownPayloadError(error)?.status
    if (status === 403 || status === 400) return false
    throw error
  }
}
