import type { RelationshipField, Validate } from 'payload'

import { isNewsroom } from '@/collections/access'
import { documentId } from '@/lib/db/documentId'

export const AUTHOR_NOT_STAFF_MESSAGE =
  '作者必须是编辑部账号(管理员、编辑或撰稿人) / the author must be an admin, editor or contributor account'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Only newsroom accounts (staff and contributors) can be named as an article's author: the byline
 * is made from the author's display name, and a reader's account must never become public that way.
 */
export const validateStaffAuthor: Validate<unknown, unknown, unknown, RelationshipField> = async (
  value,
  { req },
) => {
  const raw = idOf(value)
  if (raw === undefined || raw === null || raw === '') return true
  const id =
    typeof raw === 'number' || typeof raw === 'string' ? documentId(raw, req.payload) : null
  if (id === null) return AUTHOR_NOT_STAFF_MESSAGE
  // Server-side look-up of roles: the editor saving may not read every account.
  const author = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { roles: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return isNewsroom(author) ? true : AUTHOR_NOT_STAFF_MESSAGE
}
