'use client'

import { useRef, type FormEvent } from 'react'

import type { TFormText } from '@/lib/account/formMessages'
import type { TAccountFormState } from '@/lib/account/formState'
import { withNext } from '@/lib/account/safeNext'
import { logIn } from '@/lib/account/session'
import { ZForgotPasswordFormSchema, ZResetPasswordFormSchema } from '@/lib/account/forms'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import { requestPasswordResetFromForm, resetPasswordFromForm } from './actions'
import { confirmPasswordField, newPasswordField } from './fieldSpecs'
import { SettingsForm } from './SettingsForm.client'

type TProps = { locale: TLocale; text: TMessages['account']; formText: TFormText }

/**
 * 忘记密码: the address, then the same notice whether or not it has an account. Posts to its server
 * action with or without JavaScript (SettingsForm).
 */
export function ForgotPasswordForm({ locale, text, formText }: TProps) {
  return (
    <SettingsForm
      action={requestPasswordResetFromForm.bind(null, locale)}
      schema={ZForgotPasswordFormSchema}
      fields={[{ name: 'email', label: text.email, type: 'email', autoComplete: 'email' }]}
      submitLabel={{ idle: text.sendResetLink, pending: text.sendingResetLink }}
      formText={formText}
    />
  )
}

/**
 * 重置密码: the new password twice; the link's token travels bound to the action, not in a field.
 * Once the server has set the password, the browser logs in with it (kept from the submit, in
 * memory only) and loads 我的账户, as the login form does.
 */
export function ResetPasswordForm({ locale, token, text, formText }: TProps & { token: string }) {
  const typed = useRef('')
  const remember = (event: FormEvent<HTMLDivElement>) => {
    const value = new FormData(event.target as HTMLFormElement).get('password')
    typed.current = typeof value === 'string' ? value : ''
  }
  const signIn = async (answer: TAccountFormState) => {
    const account = localizedPath(locale, '/account')
    const email = answer.values.email
    const outcome = email ? await logIn(email, typed.current) : 'failed'
    typed.current = ''
    window.location.assign(
      outcome === 'ok' ? account : localizedPath(locale, withNext('/login', account)),
    )
  }
  return (
    <div onSubmitCapture={remember}>
      <SettingsForm
        action={resetPasswordFromForm.bind(null, locale, token)}
        schema={ZResetPasswordFormSchema}
        fields={[
          newPasswordField(text.newPassword, text),
          confirmPasswordField(text.confirmNewPassword),
        ]}
        submitLabel={{ idle: text.resetSubmit, pending: text.resetting }}
        onSaved={signIn}
        formText={formText}
      />
    </div>
  )
}
