import type { Payload } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'

import { formMessage } from './formMessages'
import type { TAccountFormState } from './formState'
import {
  validateForm,
  ZForgotPasswordFormSchema,
  ZResetPasswordFormSchema,
  type TFieldErrors,
} from './forms'
import { passwordProblem } from './passwordPolicy'
import { PASSWORD_PROBLEM_KEYS } from './passwordRules'
import { thrownPayloadError } from './payloadErrors'
import { MAIL_EDITION_HEADER } from './resetMail'

/**
 * 忘记密码 and 重置密码 on Payload's own forgot/reset operations (the same tokens, expiry, hooks
 * and rate limits as POST /api/users/forgot-password and /reset-password). Takes the Payload
 * instance and the request headers, so it runs the same in a server action and a test.
 */
type TResetOptions = { payload: Payload; headers: Headers; values: Record<string, unknown> }

function withMailEdition(headers: Headers, edition: TLocale): Headers {
  const named = new Headers(headers)
  named.set(MAIL_EDITION_HEADER, edition)
  return named
}

const answer = (
  errors: TFieldErrors<string>,
  formError: TAccountFormState['formError'] = null,
): TAccountFormState => ({ errors, formError, values: {} })

/**
 * Sends the reset mail when the address has an account. The answer is the same either way (the
 * mail is handed over in the background, lib/mail/adapter.ts, so not even its time differs); only
 * a spent rate limit is said, and it is counted per client and per address asked for, known or not.
 */
export async function requestPasswordReset({
  payload,
  headers,
  values,
  edition,
}: TResetOptions & { edition: TLocale }): Promise<TAccountFormState> {
  const checked = validateForm(ZForgotPasswordFormSchema, values)
  if (!checked.ok)
    return { ...answer(checked.errors), values: { email: String(values.email ?? '') } }
  try {
    await payload.forgotPassword({
      collection: 'users',
      data: { email: checked.data.email },
      // The mail is written in the edition of the page the form was on.
      req: { headers: withMailEdition(headers, edition) },
    })
  } catch (error) {
    if (thrownPayloadError(error)?.status === 429) return answer({}, formMessage('resetTooMany'))
    throw error
  }
  return { ...answer({}), notice: formMessage('resetSent') }
}

/** The account a reset link names, while the link is valid: null when unknown or expired. */
export async function accountOfResetToken(
  payload: Payload,
  token: string,
): Promise<{ id: number | string; email: string } | null> {
  if (!token || token.length > 200) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [
        { resetPasswordToken: { equals: token } },
        { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const account = docs[0]
  return account ? { id: account.id, email: account.email } : null
}

export type TResetOutcome =
  { done: true; loginToken: string; email: string } | { done: false; state: TAccountFormState }

/**
 * Sets the new password of the account the link names. The password policy (with the account's
 * address, which the form does not know) is checked first, so its answer is a catalog key; an
 * unknown, used or expired link says so.
 */
export async function resetPasswordWithToken({
  payload,
  headers,
  values,
  token,
}: TResetOptions & { token: string }): Promise<TResetOutcome> {
  const checked = validateForm(ZResetPasswordFormSchema, values)
  if (!checked.ok) return { done: false, state: answer(checked.errors) }
  const account = await accountOfResetToken(payload, token)
  if (!account) return { done: false, state: answer({}, formMessage('resetExpired')) }
  const problem = passwordProblem({ password: checked.data.password, email: account.email })
  if (problem)
    return {
      done: false,
      state: answer({ password: formMessage(PASSWORD_PROBLEM_KEYS[problem]) }),
    }
  try {
    const result = await payload.resetPassword({
      collection: 'users',
      data: { token, password: checked.data.password },
      overrideAccess: true,
      req: { headers },
    })
    if (!result.token) return { done: false, state: answer({}, formMessage('resetFailed')) }
    return { done: true, loginToken: result.token, email: account.email }
  } catch (error) {
    const status = thrownPayloadError(error)?.status
    if (status === 403 || status === 400)
      return { done: false, state: answer({}, formMessage('resetExpired')) }
    throw error
  }
}
