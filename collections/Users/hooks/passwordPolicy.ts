import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { passwordProblem, passwordProblemMessage } from '@/lib/account/passwordPolicy'
import type { TLocale } from '@/lib/i18n/locales'

/**
 * The edition whose words the refusal is in. The portal's browser calls name the page's edition
 * in Accept-Language (lib/browser/apiClient.ts); Payload itself knows only zh and en, so zh-TW is
 * read from the header here. The admin's language wins when it is English.
 */
function refusalEdition(req: PayloadRequest): TLocale {
  if (req.i18n?.language === 'en') return 'en'
  const first = req.headers?.get('accept-language')?.split(',')[0]?.trim().toLowerCase() ?? ''
  return /^zh-(tw|hk|mo|hant)\b/.test(first) ? 'zh-TW' : 'zh-CN'
}

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
      errors: [{ path: 'password', message: passwordProblemMessage(problem, refusalEdition(req)) }],
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
