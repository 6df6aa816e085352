import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { hasRole } from '@/collections/access'
import { getEnv } from '@/lib/env'
import { isFirstRegister } from './firstAdmin'

const MUST_VERIFY = 'newsroomMustVerifyEmail'

/**
 * Payload's e-mail verification is always configured (its columns exist whatever the setting), and
 * EMAIL_VERIFICATION decides whether a new account must use it. Only accounts that strangers make
 * do: self-registration over REST or the portal's form (access control on). Accounts an admin
 * creates, the first admin at /admin/create-first-user, and the server's own (seed, CLI: access
 * control off) are verified from the start and get no mail.
 */
function mustVerify(req: PayloadRequest, overrideAccess: boolean | undefined): boolean {
  if (!getEnv().EMAIL_VERIFICATION) return false
  // The local API passes `true` unless told otherwise; REST leaves it out (access applies).
  if (overrideAccess === true) return false
  if (hasRole(req.user, 'admin') || isFirstRegister(req)) return false
  return true
}

/** Decided once, before Payload reads whether to send the mail, and kept for the save below. */
export const decideEmailVerification: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create') return args
  const required = mustVerify(req, (args as { overrideAccess?: boolean }).overrideAccess)
  req.context[MUST_VERIFY] = required
  return required ? args : { ...args, disableVerificationEmail: true }
}

/**
 * An account that need not verify is saved verified. Runs after field access, which drops a
 * `_verified` sent by anyone but an admin, so a stranger cannot mark their own account.
 */
export const verifiedUnlessRequired: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.context[MUST_VERIFY] !== true ? { ...data, _verified: true } : data
