import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A token with which the server calls itself (through nginx or its own HTTP port) for one purpose,
 * derived from PAYLOAD_SECRET: no second secret to configure, and it changes when that one does.
 */
export function internalToken(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`newsroom:${purpose}`).digest('base64url')
}

/** Whether `given` is the token for `purpose` (compared in constant time). */
export function isInternalToken(
  given: string | null | undefined,
  secret: string,
  purpose: string,
): boolean {
  if (!given) return false
  const received = Buffer.from(given)
  const expected = Buffer.from(internalToken(secret, purpose))
  return received.length === expected.length && timingSafeEqual(received, expected)
}
