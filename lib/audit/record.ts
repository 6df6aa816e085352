import type { Payload, PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import type { User } from '@/payload-types'
import { clientAddressOf } from '@/lib/rateLimit/clientAddress'
import type { TAuditAction } from './actions'

/** Longest text kept in a label column: enough for an address or a title, never a body. */
const LABEL_MAX = 200

export type TAuditEvent = {
  action: TAuditAction
  /** Who did it, when known (a failed login has no actor, only the address tried). */
  actor?: { id?: User['id']; email?: unknown } | null
  /** What it was done to. */
  target?: { collection: string; id?: number | string | null; label?: unknown }
  /** A few facts of the change (roles before and after, the scheduled time). Never secrets. */
  details?: Record<string, unknown>
}

/** The signed-in user a request acts as, as an event's actor; null for the system. */
export function actorOfRequest(req: PayloadRequest): TAuditEvent['actor'] {
  const user = req.user as Pick<User, 'id' | 'email'> | null | undefined
  return user ? { id: user.id, email: user.email } : null
}

const label = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, LABEL_MAX) : undefined

/** Once an hour per process, events older than AUDIT_RETENTION_DAYS are deleted. */
const PRUNE_EVERY_MS = 60 * 60 * 1000
let lastPrunedAt = 0

async function pruneExpired(payload: Payload, req: PayloadRequest | undefined): Promise<void> {
  const now = Date.now()
  if (now - lastPrunedAt < PRUNE_EVERY_MS) return
  lastPrunedAt = now
  const cutoff = new Date(now - getEnv().AUDIT_RETENTION_DAYS * 24 * 60 * 60 * 1000)
  await payload.delete({
    collection: 'audit-events',
    where: { createdAt: { less_than: cutoff.toISOString() } },
    overrideAccess: true,
    // In the caller's transaction when there is one: on SQLite a second writer beside an open
    // transaction would wait for it.
    ...(req ? { req } : {}),
  })
}

/**
 * Writes one audit event. With `inTransaction`, it is written with the change it records (a hook
 * passes its `req`), so a change that is rolled back leaves no event; without, it stands on its own
 * (a failed login, whose request ends in an error). A failure to write is logged and swallowed:
 * the audit log must never be the reason an editor's publish or a reader's login fails.
 */
export async function recordAuditEvent(
  req: PayloadRequest,
  event: TAuditEvent,
  { inTransaction }: { inTransaction: boolean },
): Promise<void> {
  const { payload } = req
  const transaction = inTransaction ? req : undefined
  try {
    await payload.create({
      collection: 'audit-events',
      overrideAccess: true,
      ...(transaction ? { req: transaction } : {}),
      data: {
        action: event.action,
        actor: event.actor?.id ?? null,
        actorEmail: label(event.actor?.email),
        targetCollection: event.target?.collection,
        targetId: event.target?.id == null ? undefined : String(event.target.id),
        targetLabel: label(event.target?.label),
        details: event.details,
        clientAddress: clientAddressOf(req.headers) ?? undefined,
      },
    })
    await pruneExpired(payload, transaction)
  } catch (error) {
    payload.logger.error({ err: error }, `audit: could not record ${event.action}`)
  }
}

/** For tests: the next record prunes again. */
export function resetAuditPruneClock(): void {
  lastPrunedAt = 0
}
