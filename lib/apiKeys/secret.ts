import { createHash, randomBytes } from 'node:crypto'

/**
 * A content API key: `nrk_` and 32 random bytes in base64url (43 characters). Only its SHA-256
 * is stored; the key itself is shown once, when it is generated. The prefix (the first 12
 * characters) is stored too, so an admin can tell keys apart without the secret.
 */
export const API_KEY_PATTERN = /^nrk_[A-Za-z0-9_-]{43}$/

export const API_KEY_PREFIX_LENGTH = 12

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex')

export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `nrk_${randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, API_KEY_PREFIX_LENGTH), hash: hashApiKey(key) }
}
