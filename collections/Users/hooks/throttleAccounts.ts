import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientAddressOf } from '@/lib/rateLimit/clientAddress'
import type { TRateLimitName } from '@/lib/rateLimit/rules'
import { forgetPoints, givePointBack, spendPoint } from '@/lib/rateLimit/spend'
import { tooManyRequestsMessage } from '@/lib/rateLimit/tooManyRequests'

const emailOf = (args: unknown): string | null => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : null
}

const accountKey = (email: string, client: string) => `${email}|${client}`

/** Spends a point of each limit; the first refusal becomes a 429 with Retry-After. */
async function spendOrRefuse(
  req: PayloadRequest,
  spends: [TRateLimitName, string][],
): Promise<void> {
  for (const [name, key] of spends) {
    const spent = await spendPoint(name, key)
    if (spent.allowed) continue
    // Payload's error answer (routeError) carries the request's response headers.
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(spent.retryAfterSeconds))
    throw new APIError(
      tooManyRequestsMessage(spent.retryAfterSeconds),
      429,
      { retryAfterSeconds: spent.retryAfterSeconds },
      true,
    )
  }
}

/**
 * Slows guessing without locking anyone out: every login attempt spends a point per client
 * address and per account at that address, and a successful one gives them back, so only
 * failures add up. A stranger who fails with an editor's address is slowed at their own address;
 * the editor, elsewhere, logs in as usual. Registration and password-reset mails are limited per
 * client address (and reset mails per address asked for, so no inbox is flooded). Requests with
 * no recorded client address (scripts, the seed, `next dev`) are not limited.
 */
export const throttleAccountOperations: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const client = clientAddressOf(req.headers)
  if (!client) return args
  const email = emailOf(args)
  if (operation === 'login') {
    await spendOrRefuse(req, [
      ['loginPerClient', client],
      ...(email
        ? [['loginPerAccount', accountKey(email, client)] as [TRateLimitName, string]]
        : []),
    ])
  } else if (operation === 'forgotPassword') {
    await spendOrRefuse(req, [
      ['forgotPasswordPerClient', client],
      ...(email ? [['forgotPasswordPerAccount', email] as [TRateLimitName, string]] : []),
    ])
  } else if (operation === 'create' && !req.user) {
    await spendOrRefuse(req, [['registerPerClient', client]])
  }
  return args
}

/** A login that succeeded was no guess: its points are given back. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const client = clientAddressOf(req.headers)
  const email = typeof user.email === 'string' ? user.email.trim().toLowerCase() : null
  if (!client) return user
  await givePointBack('loginPerClient', client)
  if (email) await forgetPoints('loginPerAccount', accountKey(email, client))
  return user
}
