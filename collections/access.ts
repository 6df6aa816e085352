import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { sameId } from '@/lib/db/documentId'

export const ROLES = ['admin', 'editor', 'reader'] as const
export type TRole = (typeof ROLES)[number]

type TUserLike =
  { id: number | string; roles?: readonly (TRole | string)[] | null } | null | undefined

export function hasRole(user: TUserLike, ...roles: TRole[]): boolean {
  return Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))
}

/** Staff who write content: editors and admins. */
export function isStaff(user: TUserLike): boolean {
  return hasRole(user, 'admin', 'editor')
}

export const userOf = (req: PayloadRequest): TUserLike => req.user as TUserLike

export const anyone: Access = () => true
export const nobody: Access = () => false
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const staffOnly: Access = ({ req }) => isStaff(userOf(req))
export const adminsOnly: Access = ({ req }) => hasRole(userOf(req), 'admin')

/**
 * What readers and visitors may read of a collection with drafts: documents whose latest state is
 * published. One shared object, never edited (Payload adds it to its queries as it is): the SQLite
 * reads (lib/db/sqliteReads.ts) apply exactly this, and are chosen only while the articles' rule
 * answers a visitor with this very object.
 */
export const PUBLISHED_ONLY: Where = { _status: { equals: 'published' } }

/** Editors see every version; everyone else only documents whose latest state is published. */
export const publishedOrStaff: Access = ({ req }) => (isStaff(userOf(req)) ? true : PUBLISHED_ONLY)

/**
 * The images a visitor may read: those an article has shown on the portal (cover or body), marked
 * so when that article is published (collections/Articles/hooks/revealMediaOnPublish.ts). One
 * shared object, never edited: the SQLite card reads apply exactly this, and are chosen only
 * while the media rule answers a visitor with this very object.
 */
export const VISIBLE_MEDIA_ONLY: Where = { visibleToVisitors: { equals: true } }

/** Editors see every image, uploaded or used in drafts; everyone else only published ones. */
export const visibleMediaOrStaff: Access = ({ req }) =>
  isStaff(userOf(req)) ? true : VISIBLE_MEDIA_ONLY

/** Rows whose `field` points at the signed-in user; admins additionally read everything. */
export function ownRowsOrAdminRead(field: string): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    const own: Where = { [field]: { equals: user.id } }
    return own
  }
}

/** Rows whose `field` points at the signed-in user, for everyone including admins. */
export function ownRowsOnly(field: string): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (!user) return false
    const own: Where = { [field]: { equals: user.id } }
    return own
  }
}

/** Create only for oneself: a body naming another owner is refused, not silently rewritten. */
export function createForSelf(field: string): Access {
  return ({ req, data }) => {
    const user = userOf(req)
    if (!user) return false
    const requested = (data as Record<string, unknown> | undefined)?.[field]
    return requested === undefined || requested === null || sameId(requested, user.id)
  }
}

export const nobodyField: FieldAccess = () => false
export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')
export const staffFieldOnly: FieldAccess = ({ req }) => isStaff(userOf(req))
