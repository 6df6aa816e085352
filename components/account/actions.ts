'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { changeOwnDisplayName, changeOwnPassword } from '@/lib/account/accountChanges'
import { formRequest, logInAndSetCookie, registerReader } from '@/lib/account/formSession'
import type { TAccountFormState } from '@/lib/account/formState'
import { textOf } from '@/lib/account/formState'
import { ZLoginFormSchema, ZRegisterFormSchema, validateForm } from '@/lib/account/forms'
import {
  LOGIN_MESSAGES,
  REGISTER_FAILED_MESSAGE,
  REGISTER_TOO_MANY_MESSAGE,
} from '@/lib/account/loginMessages'
import { registerErrorsFromServer } from '@/lib/account/registerErrors'
import { safeNextPath } from '@/lib/account/safeNext'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
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
  return { errors: {}, formError: LOGIN_MESSAGES[outcome], values }
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
  const created = await registerReader({ displayName, email, password })
  if (!created.ok) {
    if (created.tooMany) return { errors: {}, formError: REGISTER_TOO_MANY_MESSAGE, values }
    const { fieldErrors, other } = registerErrorsFromServer(created.fields)
    const nothingNamed = !other && Object.keys(fieldErrors).length === 0
    return {
      errors: fieldErrors,
      formError: nothingNamed ? REGISTER_FAILED_MESSAGE : other,
      values,
    }
  }
  if ((await logInAndSetCookie({ email, password })) === 'ok')
    redirect(safeNextPath(textOf(formData, 'next')))
  // The portal is zh-CN only for now; the routing step passes the form's edition here.
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'account' })
  return { errors: {}, formError: t('createdNoLogin'), values }
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
