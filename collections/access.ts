import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { sameId } from '@/lib/db/documentId'

export const ROLES = ['admin', 'editor', 'contributor', 'reader'] as const
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

/**
 * A contributor (撰稿人) writes drafts of articles and submits them for review, and nothing more:
 * an account that is also staff has the staff's rights, so this is only for contributors alone.
 */
export function isContributor(user: TUserLike): boolean {
  return hasRole(user, 'contributor') && !isStaff(user)
}

/** Everyone who may open /admin: staff and contributors. */
export function isNewsroom(user: TUserLike): boolean {
  return isStaff(user) || isContributor(user)
}

export const userOf = (req: PayloadRequest): TUserLike => req.user as TUserLike

export const anyone: Access = () => true
export const nobody: Access = () => false
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const staffOnly: Access = ({ req }) => isStaff(userOf(req))
export const adminsOnly: Access = ({ req }) => hasRole(userOf(req), 'admin')
export const newsroomOnly: Access = ({ req }) => isNewsroom(userOf(req))

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

/**
 * Editors see every image, uploaded or used in drafts; a contributor also the images they uploaded;
 * everyone else only published ones.
 */
export const visibleMediaOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (user && isContributor(user)) {
    const visibleOrOwn: Where = { or: [VISIBLE_MEDIA_ONLY, { uploadedBy: { equals: user.id } }] }
    return visibleOrOwn
  }
  return VISIBLE_MEDIA_ONLY
}

/** Staff and contributors upload images (a contributor for their own drafts). */
export const mediaCreate: Access = ({ req }) => isNewsroom(userOf(req))

/**
 * Staff change and delete any image; a contributor only their own uploads that no published
 * article has shown yet (a public image may sit in readers' caches and in others' articles).
 */
export const mediaChange: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!user || !isContributor(user)) return false
  const ownPrivate: Where = {
    and: [{ uploadedBy: { equals: user.id } }, { visibleToVisitors: { not_equals: true } }],
  }
  return ownPrivate
}

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

/**
 * An account's fields other than its display name. Contributors may read the newsroom's accounts
 * only to see their co-authors' names in the admin, so they read every other field of their own
 * account alone; everyone else reads whatever the users rule lets them (editors the newsroom's
 * accounts, readers their own, admins all). Without a document (Payload deciding whether a field
 * may be filtered or sorted on) a contributor is refused: a `where` on another account's e-mail
 * would tell it as surely as reading it.
 */
export const accountFieldOfOwnerUnlessContributor: FieldAccess = ({ req, id, doc }) => {
  const user = userOf(req)
  if (!user || !isContributor(user)) return true
  const accountId = id ?? (doc as { id?: unknown } | undefined)?.id
  return accountId !== undefined && accountId !== null && sameId(accountId, user.id)
}
export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')
export const staffFieldOnly: FieldAccess = ({ req }) => isStaff(userOf(req))

const asksToPublish = (data: unknown): boolean =>
  (data as { _status?: unknown } | undefined)?._status === 'published'

/**
 * A contributor's own articles (those naming them among the authors) whose latest state is not
 * published: the only ones they may change or delete. For an update Payload applies this to the latest version, so an article stays the
 * contributor's to edit until it is published, and is the desk's afterwards.
 */
function ownUnpublishedArticles(user: NonNullable<TUserLike>): Where {
  return { and: [{ authors: { in: [user.id] } }, { _status: { not_equals: 'published' } }] }
}

/**
 * Staff read every article; a contributor also the drafts they are an author of; everyone else
 * published ones.
 */
export const articleRead: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (user && isContributor(user)) {
    const publishedOrOwn: Where = { or: [PUBLISHED_ONLY, { authors: { in: [user.id] } }] }
    return publishedOrOwn
  }
  return PUBLISHED_ONLY
}

/** Whether a body's authors are absent (the default applies) or exactly the user alone. */
function namesOnlySelf(authors: unknown, user: NonNullable<TUserLike>): boolean {
  if (authors === undefined || authors === null) return true
  const list = Array.isArray(authors) ? authors : [authors]
  return list.length === 0 || (list.length === 1 && sameId(list[0], user.id))
}

/**
 * Staff create anything; a contributor only a draft of their own. A body that asks to publish or
 * names any other author is refused (403), not rewritten.
 */
export const articleCreate: Access = ({ req, data }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!user || !isContributor(user) || asksToPublish(data)) return false
  return namesOnlySelf((data as { authors?: unknown } | undefined)?.authors, user)
}

/**
 * Staff update anything; a contributor only their own unpublished articles, and never to publish
 * them. Payload also asks this rule with `_status: 'published'` to decide whether the admin shows
 * 发布 and 安排发布, and before restoring a published version, so the same answer closes those.
 */
export const articleUpdate: Access = ({ req, data }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!user || !isContributor(user) || asksToPublish(data)) return false
  return ownUnpublishedArticles(user)
}

/** Staff delete anything; a contributor only their own articles that are not live. */
export const articleDelete: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!user || !isContributor(user)) return false
  return ownUnpublishedArticles(user)
}

/** Fields only the newsroom reads (the review state and note): staff and contributors. */
export const newsroomFieldOnly: FieldAccess = ({ req }) => isNewsroom(userOf(req))
