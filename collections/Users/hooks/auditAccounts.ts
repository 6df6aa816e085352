import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  PayloadRequest,
} from 'payload'

import type { User } from '@/payload-types'
import { actorOfRequest, recordAuditEvent } from '@/lib/audit/record'

type TAccount = { id: User['id']; email?: unknown; roles?: readonly string[] | null }

const sortedRoles = (roles: readonly string[] | null | undefined) => [...(roles ?? [])].sort()

/**
 * What a failed login is recorded under: the address typed, when it looks like one. Anything else
 * (a password pasted into the address field) is not written down.
 */
export function attemptedAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const address = value.trim().toLowerCase()
  return /^[^\s@]{1,64}@[^\s@]{1,190}$/.test(address) ? address : undefined
}

export const auditSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = user as TAccount
  await recordAuditEvent(
    req,
    {
      action: 'login.succeeded',
      actor: { id: account.id, email: account.email },
      target: { collection: 'users', id: account.id, label: account.email },
    },
    { inTransaction: true },
  )
  return user
}

/** A failed login by the portal's form (lib/account/formSession.ts) or by POST /api/users/login. */
export async function auditFailedLogin(req: PayloadRequest, email: unknown): Promise<void> {
  const address = attemptedAddress(email)
  await recordAuditEvent(
    req,
    {
      action: 'login.failed',
      actor: address ? { email: address } : null,
      target: { collection: 'users', label: address },
    },
    // The login's own transaction is gone with its error.
    { inTransaction: false },
  )
}

/**
 * Payload's REST login answers refused credentials with an AuthenticationError; no login hook
 * runs then, so the error hook is where REST failures are seen.
 */
export const auditFailedRestLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const isLogin = /\/users\/login\/?$/.test(new URL(req.url ?? '/', 'http://x').pathname)
  if (isLogin && error.name === 'AuthenticationError') {
    await auditFailedLogin(req, (req.data as { email?: unknown } | undefined)?.email)
  }
}

export const auditRoleChanges: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const account = doc as TAccount
  const before = operation === 'create' ? [] : sortedRoles((previousDoc as TAccount).roles)
  const after = sortedRoles(account.roles)
  const unchanged =
    operation === 'create'
      ? after.length === 1 && after[0] === 'reader'
      : before.join() === after.join()
  if (unchanged) return doc
  await recordAuditEvent(
    req,
    {
      action: 'user.roles-changed',
      actor: actorOfRequest(req),
      target: { collection: 'users', id: account.id, label: account.email },
      details: { before, after },
    },
    { inTransaction: true },
  )
  return doc
}

export const auditAccountDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const account = doc as TAccount
  const actor = actorOfRequest(req)
  await recordAuditEvent(
    req,
    {
      action: 'user.deleted',
      // Someone deleting their own account is named by address: the row it would point at is gone.
      actor: actor && actor.id === account.id ? { email: actor.email } : actor,
      target: { collection: 'users', id: account.id, label: account.email },
    },
    { inTransaction: true },
  )
  return doc
}
