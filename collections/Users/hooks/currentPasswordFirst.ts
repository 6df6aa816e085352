import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isNewsroom, userOf } from '@/collections/access'

/**
 * Set in `req.context` by the account page's password change (lib/account/accountChanges.ts)
 * once it has checked the current password. A REST or GraphQL request cannot set `req.context`.
 */
export const CURRENT_PASSWORD_CHECKED = 'currentPasswordChecked'

export const CURRENT_PASSWORD_FIRST_MESSAGE =
  '请在「我的账户」页面修改密码，需要输入当前密码。 / Change your password on the account page, with your current password.'

export const EMAIL_CHANGE_REFUSED_MESSAGE =
  '登录邮箱不能在这里修改：请联系编辑部。 / The sign-in e-mail cannot be changed here: please contact the newsroom.'

/** Whether `data` names a sign-in address other than the account's own (case and spaces aside). */
function changesEmail(data: object, currentEmail: unknown): boolean {
  if (!('email' in data)) return false
  const normalise = (value: unknown) =>
    String(value ?? '')
      .trim()
      .toLowerCase()
  return normalise((data as { email?: unknown }).email) !== normalise(currentEmail)
}

/**
 * A reader's password changes only after their current one is checked, and their sign-in address
 * not at all (the portal has no form for it): otherwise a borrowed session (an unlocked computer, a
 * copied cookie) could PATCH /api/users/:id with a new password, or with an address of the
 * borrower's followed by 忘记密码, and take the account over. Staff and contributors keep
 * Payload's admin form, which asks for no current password; server code without a user (scripts,
 * the CLI) is not a reader and is not concerned.
 */
export const requireCurrentPasswordForReaders: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: unknown }).data
  const user = userOf(req)
  if (typeof data !== 'object' || data === null || !user || isNewsroom(user)) return args
  if (changesEmail(data, (req.user as { email?: unknown }).email))
    throw new APIError(EMAIL_CHANGE_REFUSED_MESSAGE, 403, undefined, true)
  if (!('password' in data)) return args
  if (req.context?.[CURRENT_PASSWORD_CHECKED] === true) return args
  throw new APIError(CURRENT_PASSWORD_FIRST_MESSAGE, 403, undefined, true)
}
