import type { Payload } from 'payload'

import { CURRENT_PASSWORD_CHECKED } from '@/collections/Users/hooks/currentPasswordFirst'

import { formMessage, type TFormMessage } from './formMessages'
import type { TAccountFormState } from './formState'
import {
  validateForm,
  ZDisplayNameFormSchema,
  ZPasswordChangeFormSchema,
  type TFieldErrors,
} from './forms'
import { ACCOUNT_SETTINGS_MESSAGES } from './loginMessages'
import { passwordProblem } from './passwordPolicy'
import { PASSWORD_PROBLEM_KEYS } from './passwordRules'
import { thrownPayloadError } from './payloadErrors'

/**
 * What the account page's forms change, for the signed-in reader and nobody else: the account is
 * the one the request's login cookie names (no id is taken from the form), and only the fields
 * each form's schema names reach the update, so a posted `roles`, `email` or `id` is dropped.
 * Updates run with the reader's own access (`overrideAccess: false`), as a REST call would.
 * Takes the Payload instance and request headers, so it runs the same in a server action and a test.
 */
type TChangeOptions = { payload: Payload; headers: Headers; values: Record<string, unknown> }

const refused = (
  errors: TFieldErrors<string>,
  formError: TFormMessage | null = null,
): TAccountFormState => ({ errors, formError, values: {} })

const SIGNED_OUT = refused({}, formMessage(ACCOUNT_SETTINGS_MESSAGES.signedOut))

async function signedInUser(payload: Payload, headers: Headers) {
  const { user } = await payload.auth({ headers })
  return user?.collection === 'users' ? user : null
}

/** A 400 from Payload as the form's field errors; anything else is thrown on. */
function fieldErrorsOf(error: unknown): TAccountFormState {
  const thrown = thrownPayloadError(error)
  if (thrown?.status !== 400) throw error
  const errors: TFieldErrors<string> = {}
  for (const { path, message } of thrown.fields) errors[path] ??= { said: message }
  return refused(
    errors,
    thrown.fields.length ? null : formMessage(ACCOUNT_SETTINGS_MESSAGES.failed),
  )
}

/** 显示名称: the same rules as registration, then the reader's own update. */
export async function changeOwnDisplayName(options: TChangeOptions): Promise<TAccountFormState> {
  const { payload, headers } = options
  const user = await signedInUser(payload, headers)
  if (!user) return SIGNED_OUT
  const typed = options.values.displayName
  // A refused name stays in the field, to be corrected rather than typed again.
  const keepTyped = (answer: TAccountFormState): TAccountFormState => ({
    ...answer,
    values: { displayName: typeof typed === 'string' ? typed : '' },
  })
  const checked = validateForm(ZDisplayNameFormSchema, options.values)
  if (!checked.ok) return keepTyped(refused(checked.errors))
  try {
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { displayName: checked.data.displayName },
      overrideAccess: false,
      user,
      req: { headers },
    })
    return {
      errors: {},
      formError: null,
      values: { displayName: updated.displayName },
      notice: formMessage(ACCOUNT_SETTINGS_MESSAGES.nameSaved),
    }
  } catch (error) {
    return keepTyped(fieldErrorsOf(error))
  }
}

/**
 * 修改密码. The new password is judged by the server's policy first, so a weak one costs no login
 * attempt. The current one is checked by Payload's own login operation, so a wrong guess spends
 * the same per-client and per-account points as a failed login (collections/Users/hooks/
 * throttleAccounts.ts) and this form is no faster oracle than the login form. The update keeps
 * the session the request came with and ends the account's other sessions (Payload does this for
 * a user changing their own password), so the reader stays signed in here and nowhere else.
 */
export async function changeOwnPassword(options: TChangeOptions): Promise<TAccountFormState> {
  const { payload, headers } = options
  const user = await signedInUser(payload, headers)
  if (!user) return SIGNED_OUT
  const checked = validateForm(ZPasswordChangeFormSchema, options.values)
  if (!checked.ok) return refused(checked.errors)
  const { currentPassword, password } = checked.data
  const problem = passwordProblem({ password, email: user.email })
  if (problem) return refused({ password: formMessage(PASSWORD_PROBLEM_KEYS[problem]) })

  try {
    await payload.login({
      collection: 'users',
      data: { email: user.email, password: currentPassword },
      req: { headers },
    })
  } catch (error) {
    const status = thrownPayloadError(error)?.status
    if (status === 401 || status === 400) {
      return refused({ currentPassword: formMessage(ACCOUNT_SETTINGS_MESSAGES.wrongCurrent) })
    }
    if (status === 429) return refused({}, formMessage(ACCOUNT_SETTINGS_MESSAGES.tooMany))
    throw error
  }

  try {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password },
      overrideAccess: false,
      user,
      req: { headers },
      context: { [CURRENT_PASSWORD_CHECKED]: true },
    })
  } catch (error) {
    return fieldErrorsOf(error)
  }
  return {
    errors: {},
    formError: null,
    values: {},
    notice: formMessage(ACCOUNT_SETTINGS_MESSAGES.saved),
  }
}
