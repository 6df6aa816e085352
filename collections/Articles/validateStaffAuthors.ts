import type { RelationshipFieldValidation } from 'payload'

import { isNewsroom } from '@/collections/access'
import { documentId, idOfRelation } from '@/lib/db/documentId'

/** How many authors an article may credit; the byline joins their names. */
export const MAX_AUTHORS = 5

export const AUTHOR_NOT_STAFF_MESSAGE =
  '作者必须是编辑部账号(管理员、编辑或撰稿人) / the author must be an admin, editor or contributor account'

export const AUTHOR_REPEATED_MESSAGE = '同一作者只能出现一次 / an author can be named only once'

/**
 * What a relationship value names, in order (a list, one value, or nothing): ids, and anything
 * else as it came, so that it can be refused (lib/queries/findAuthors's authorIdsOf drops it).
 */
function authorEntriesOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return []
  return (Array.isArray(value) ? value : [value]).map(
    (entry) => idOfRelation(entry) ?? (entry as unknown),
  )
}

/**
 * Only newsroom accounts (staff and contributors) can be named as an article's authors: the byline
 * is made from the authors' display names, and a reader's account must never become public that
 * way. This replaces Payload's relationship check, so the number of authors is checked here too
 * (an id may come as a string, as before, which Payload's own check would refuse on SQLite).
 */
export const validateStaffAuthors: RelationshipFieldValidation = async (value, { req }) => {
  const raw = authorEntriesOf(value)
  if (raw.length === 0) return true
  if (raw.length > MAX_AUTHORS)
    return req.t('validation:greaterThanMax', {
      label: req.t('general:rows'),
      max: MAX_AUTHORS,
      value: raw.length,
    })
  const ids = raw.map((id) =>
    typeof id === 'number' || typeof id === 'string' ? documentId(id, req.payload) : null,
  )
  if (ids.some((id) => id === null)) return AUTHOR_NOT_STAFF_MESSAGE
  const unique = new Set(ids.map(String))
  if (unique.size !== ids.length) return AUTHOR_REPEATED_MESSAGE
  // Server-side look-up of roles: the editor saving may not read every account.
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { roles: true },
    overrideAccess: true,
    req,
  })
  const newsroom = docs
    .filter((account) => isNewsroom(account))
    .map((account) => String(account.id))
  return [...unique].every((id) => newsroom.includes(id)) ? true : AUTHOR_NOT_STAFF_MESSAGE
}
