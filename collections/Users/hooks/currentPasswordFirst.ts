import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaff, userOf } from '@/collections/access'

/**
 * Set in `req.context` by the account page's password change (lib/account/accountChanges.ts)
 * once it has checked the current password. A REST or GraphQL request cannot set `req.context`.
 */
export const CURRENT_PASSWORD_CHECKED = 'currentPasswordChecked'

export const CURRENT_PASSWORD_FIRST_MESSAGE =
  '请在「我的账户」页面修改密码，需要输入当前密码。 / Change your password on the account page, with your current password.'

/**
 * A reader's password changes only after their current one is checked: otherwise a borrowed
 * session (an unlocked computer, a copied cookie) could PATCH /api/users/:id with a new password
 * and take the account over. Staff keep Payload's admin form, which asks for no current password;
 * server code without a user (scripts, the CLI) is not a reader and is not concerned.
 */
export const requireCurrentPasswordForReaders: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: unknown }).data
  const setsPassword = typeof data === 'object' && data !== null && 'password' in data
  const user = userOf(req)
  if (!setsPassword || !user || isStaff(user)) return args
  if (req.context?.[CURRENT_PASSWORD_CHECKED] === true) return args
  throw new APIError(CURRENT_PASSWORD_FIRST_MESSAGE, 403, undefined, true)
}
