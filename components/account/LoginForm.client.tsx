'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useActionState, useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'

import { INITIAL_ACCOUNT_FORM_STATE } from '@/lib/account/formState'
import {
  formMessage,
  formMessageText,
  type TFormMessage,
  type TFormText,
} from '@/lib/account/formMessages'
import { ZLoginFormSchema, validateForm, type TFieldErrors } from '@/lib/account/forms'
import { LOGIN_MESSAGES } from '@/lib/account/loginMessages'
import { withNext } from '@/lib/account/safeNext'
import { logIn } from '@/lib/account/session'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import { AccountForm, type TFieldSpec } from './AccountForm'
import { logInFromForm } from './actions'
import { focusFirstInvalid } from './focusFirstInvalid'

const loginFields = (text: TMessages['account']): readonly TFieldSpec[] => [
  { name: 'email', label: text.email, type: 'email', autoComplete: 'email' },
  { name: 'password', label: text.password, type: 'password', autoComplete: 'current-password' },
]
const FIELDS = ['email', 'password']

/** `next`: the page to return to after login, already checked to stay on this site. */
export function LoginForm({
  next,
  locale,
  text,
  formText,
}: {
  next: string
  locale: TLocale
  text: TMessages['account']
  formText: TFormText
}) {
  // Only a submit without JavaScript reaches the action; its answer is rendered as the first state.
  const [sent, action] = useActionState(logInFromForm, INITIAL_ACCOUNT_FORM_STATE)
  const [errors, setErrors] = useState<TFieldErrors<string>>(sent.errors)
  const [formError, setFormError] = useState<TFormMessage | null>(sent.formError)
  const [submitting, setSubmitting] = useState(false)

  const clearError = (name: string) => setErrors((current) => ({ ...current, [name]: undefined }))

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting) return
    const form = event.currentTarget
    const checked = validateForm(ZLoginFormSchema, Object.fromEntries(new FormData(form)))
    if (!checked.ok) {
      // Render the messages first, so the focused field is announced with its error.
      flushSync(() => {
        setErrors(checked.errors)
        setFormError(null)
      })
      focusFirstInvalid(form, FIELDS, checked.errors)
      return
    }
    setErrors({})
    setFormError(null)
    setSubmitting(true)
    const outcome = await logIn(checked.data.email, checked.data.password)
    if (outcome === 'ok') {
      // A full navigation, so the server renders the next page with the new cookie.
      window.location.assign(next)
      return
    }
    setSubmitting(false)
    setFormError(formMessage(LOGIN_MESSAGES[outcome]))
  }

  return (
    <AccountForm
      fields={loginFields(text)}
      errors={errors}
      values={sent.values}
      onEdit={clearError}
      formError={formError ? formMessageText(formError, formText) : null}
      formText={formText}
      submitting={submitting}
      submitLabel={{ idle: text.login, pending: text.loggingIn }}
      switchLine={
        <>
          <PageLink href={localizedPath(locale, '/forgot-password')}>{text.forgotLink}</PageLink>{' '}
          {text.noAccount}
          <PageLink href={localizedPath(locale, withNext('/register', next))}>
            {text.registerLink}
          </PageLink>
        </>
      }
      next={next}
      action={action}
      onSubmit={handleSubmit}
    />
  )
}
