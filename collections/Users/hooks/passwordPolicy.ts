import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { passwordProblem, passwordProblemMessage } from '@/lib/account/passwordPolicy'
import { editionOfRequest } from '@/lib/i18n/requestEdition'

function refuseWeakPassword(options: {
  password: unknown
  email: unknown
  req: PayloadRequest
}): void {
  const { password, req } = options
  // A missing or non-string password is Payload's own 400 (required); the policy judges strings.
  if (typeof password !== 'string') return
  const email = typeof options.email === 'string' ? options.email : null
  const problem = passwordProblem({ password, email })
  if (!problem) return
  throw new ValidationError(
    {
      collection: 'users',
      errors: [
        { path: 'password', message: passwordProblemMessage(problem, editionOfRequest(req)) },
      ],
    },
    req.t,
  )
}

/**
 * Every account made or given a new password through create or update: self-registration, the
 * admin's user form, first-register, the CLI and the Local API alike (with or without access
 * control), because the policy is the collection's, not a form's.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data && 'password' in data) {
    refuseWeakPassword({
      password: data.password,
      email: data.email ?? originalDoc?.email,
      req,
    })
  }
  return data
}

/**
 * A password set through reset-password never reaches beforeValidate (Payload hashes it first), so
 * it is checked here, against the address of the account that the reset token belongs to.
 */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; token?: unknown } }).data
  if (typeof data?.token !== 'string') return args
  const account = await req.payload.db.findOne<{ id: number | string; email?: string }>({
    collection: 'users',
    req,
    where: { resetPasswordToken: { equals: data.token } },
  })
  refuseWeakPassword({ password: data.password, email: account?.email, req })
  return args
}
