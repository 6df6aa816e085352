import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2Async = promisify(pbkdf2)

/** Payload 3's password hash (auth/strategies/local/generatePasswordSaltHash). */
const PAYLOAD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/**
 * Payload answers a login for an unknown address at once, but hashes the password of a known one
 * first (a third of a second here), so the time of the answer would tell which addresses have
 * accounts even though the message is the same. For an unknown address the same work is done on a
 * throwaway salt before Payload gives its usual answer.
 */
export const equalLoginTiming: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string') return args
  const known = await req.payload.db.count({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (known.totalDocs === 0) {
    const { iterations, keyLength, digest } = PAYLOAD_HASH
    await pbkdf2Async(
      'not-a-password',
      randomBytes(32).toString('hex'),
      iterations,
      keyLength,
      digest,
    )
  }
  return args
}
