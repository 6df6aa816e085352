'use server'

import { redirect } from 'next/navigation'

import { changeOwnDisplayName, changeOwnPassword } from '@/lib/account/accountChanges'
import {
  formRequest,
  logInAndSetCookie,
  registerReader,
  setLoginCookie,
} from '@/lib/account/formSession'
import { formMessage } from '@/lib/account/formMessages'
import type { TAccountFormState } from '@/lib/account/formState'
import { textOf } from '@/lib/account/formState'
import { ZLoginFormSchema, ZRegisterFormSchema, validateForm } from '@/lib/account/forms'
import { LOGIN_MESSAGES } from '@/lib/account/loginMessages'
import { passwordProblem } from '@/lib/account/passwordPolicy'
import { PASSWORD_PROBLEM_KEYS } from '@/lib/account/passwordRules'
import { registerErrorsFromServer } from '@/lib/account/registerErrors'
import { requestPasswordReset, resetPasswordWithToken } from '@/lib/account/passwordReset'
import { safeNextPath } from '@/lib/account/safeNext'
import { localeOrDefault, localizedPath, type TLocale } from '@/lib/i18n/locales'
import { getPayloadClient } from '@/lib/queries/payload'

/**
 * The login form's POST (method="post", before or without JavaScript): the browser sends the
 * password in the body, never the address bar. On success the login cookie is set and the answer
 * is a redirect to the form's `next`; otherwise the form is rendered again with its messages.
 */
export async function logInFromForm(
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  const email = textOf(formData, 'email')
  const values = { email }
  const checked = validateForm(ZLoginFormSchema, { email, password: textOf(formData, 'password') })
  if (!checked.ok) return { errors: checked.errors, formError: null, values }
  const outcome = await logInAndSetCookie(checked.data)
  if (outcome === 'ok') redirect(safeNextPath(textOf(formData, 'next')))
  return { errors: {}, formError: formMessage(LOGIN_MESSAGES[outcome]), values }
}

/** The register form's POST: creates a reader account, logs it in and redirects to `next`. */
export async function registerFromForm(
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  const values = { email: textOf(formData, 'email'), displayName: textOf(formData, 'displayName') }
  const checked = validateForm(ZRegisterFormSchema, {
    ...values,
    password: textOf(formData, 'password'),
    confirmPassword: textOf(formData, 'confirmPassword'),
  })
  if (!checked.ok) return { errors: checked.errors, formError: null, values }
  const { displayName, email, password } = checked.data
  // The server's own rules first, so the answer is a catalog key rather than Payload's words in
  // the language of whatever browser posted (the form shows it in its page's edition).
  const problem = passwordProblem({ password, email })
  if (problem)
    return {
      errors: { password: formMessage(PASSWORD_PROBLEM_KEYS[problem]) },
      formError: null,
      values,
    }
  const created = await registerReader({ displayName, email, password })
  if (!created.ok) {
    if (created.tooMany) return { errors: {}, formError: formMessage('registerTooMany'), values }
    const { fieldErrors, other } = registerErrorsFromServer(created.fields)
    const nothingNamed = !other && Object.keys(fieldErrors).length === 0
    return {
      errors: fieldErrors,
      formError: nothingNamed ? formMessage('registerFailed') : other,
      values,
    }
  }
  const loggedIn = await logInAndSetCookie({ email, password })
  if (loggedIn === 'ok') redirect(safeNextPath(textOf(formData, 'next')))
  // With EMAIL_VERIFICATION on, a new account signs in only after following the mailed link.
  if (loggedIn === 'unverified')
    return { errors: {}, formError: null, values, notice: formMessage('verifyMailSent') }
  return { errors: {}, formError: formMessage('createdNoLogin'), values }
}

/** Runs an account change for the form's request with the named fields' text (nothing else). */
async function changeFromForm(
  change: typeof changeOwnDisplayName,
  formData: unknown,
  names: readonly string[],
): Promise<TAccountFormState> {
  const values = Object.fromEntries(names.map((name) => [name, textOf(formData, name)]))
  const { headers } = await formRequest()
  return change({ payload: await getPayloadClient(), headers, values })
}

/** The account page's 显示名称 form: the signed-in reader's own name, nothing else. */
export async function changeDisplayNameFromForm(
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  return changeFromForm(changeOwnDisplayName, formData, ['displayName'])
}

/** The account page's 修改密码 form (current password, then the new one twice). */
export async function changePasswordFromForm(
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  return changeFromForm(changeOwnPassword, formData, [
    'currentPassword',
    'password',
    'confirmPassword',
  ])
}

/**
 * 忘记密码 (bound to the page's edition, which the mail is written in). Bound arguments come from
 * the browser like the fields: an edition that is none is zh-CN's.
 */
export async function requestPasswordResetFromForm(
  edition: TLocale,
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  const { headers } = await formRequest()
  return requestPasswordReset({
    payload: await getPayloadClient(),
    headers,
    values: { email: textOf(formData, 'email') },
    edition: localeOrDefault(edition),
  })
}

/** 重置密码 (bound to the edition and the link's token): sets the password, logs in, → 我的账户. */
export async function resetPasswordFromForm(
  edition: TLocale,
  token: string,
  _previous: TAccountFormState,
  formData: FormData,
): Promise<TAccountFormState> {
  const { headers } = await formRequest()
  const outcome = await resetPasswordWithToken({
    payload: await getPayloadClient(),
    headers,
    values: {
      password: textOf(formData, 'password'),
      confirmPassword: textOf(formData, 'confirmPassword'),
    },
    token: typeof token === 'string' ? token : '',
  })
  if (!outcome.done) return outcome.state
  // From the hydrated page (Next's action header) the browser logs in itself and loads 我的账户
  // anew (ResetPasswordForm), as every login does, so the whole page learns of it; setting the
  // cookie here would re-render this page, whose link is now used, under the form.
  if (headers.has('next-action'))
    return {
      errors: {},
      formError: null,
      values: { email: outcome.email },
      notice: formMessage('resetDone'),
    }
  // A post without JavaScript: signed in here, then redirected.
  await setLoginCookie(outcome.loginToken)
  redirect(localizedPath(localeOrDefault(edition), '/account'))
}
