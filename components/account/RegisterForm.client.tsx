'use client'

import { PageLink } from '@/components/portal/PageLink'
import { useActionState, useState, type FormEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

import { INITIAL_ACCOUNT_FORM_STATE } from '@/lib/account/formState'
import {
  formMessage,
  formMessageText,
  type TFormMessage,
  type TFormText,
} from '@/lib/account/formMessages'
import { ZRegisterFormSchema, validateForm, type TFieldErrors } from '@/lib/account/forms'
import { REGISTER_FIELDS, registerErrorsFromServer } from '@/lib/account/registerErrors'
import { withNext } from '@/lib/account/safeNext'
import { logIn, register } from '@/lib/account/session'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'

import { AccountForm, type TFieldSpec } from './AccountForm'
import { registerFromForm } from './actions'
import { confirmPasswordField, displayNameField, newPasswordField } from './fieldSpecs'
import { focusFirstInvalid } from './focusFirstInvalid'

/** In the order of REGISTER_FIELDS, which decides where focus goes after a failed submit. */
const registerFields = (text: TMessages['account']): readonly TFieldSpec[] => [
  displayNameField(text),
  {
    name: 'email',
    label: text.email,
    type: 'email',
    autoComplete: 'email',
    hint: text.emailHint,
  },
  newPasswordField(text.password, text),
  confirmPasswordField(text.confirmPassword),
]

/** `next`: the page to go to once registered, already checked to stay on this site. */
export function RegisterForm({
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
  const [sent, action] = useActionState(registerFromForm, INITIAL_ACCOUNT_FORM_STATE)
  const [errors, setErrors] = useState<TFieldErrors<string>>(sent.errors)
  const say = (message: TFormMessage | null) =>
    message ? formMessageText(message, formText) : null
  const [formError, setFormError] = useState<ReactNode>(say(sent.formError))
  // With EMAIL_VERIFICATION on, a new account signs in only after following the mailed link.
  const [notice, setNotice] = useState<TFormMessage | null>(sent.notice ?? null)
  const [submitting, setSubmitting] = useState(false)

  const clearError = (name: string) => setErrors((current) => ({ ...current, [name]: undefined }))

  /** Render the messages first, so the focused field is announced with its error. */
  function showErrors(
    form: HTMLFormElement,
    fieldErrors: TFieldErrors<string>,
    other: TFormMessage | null,
  ) {
    flushSync(() => {
      setErrors(fieldErrors)
      setFormError(say(other))
    })
    focusFirstInvalid(form, REGISTER_FIELDS, fieldErrors)
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting) return
    const form = event.currentTarget
    const checked = validateForm(ZRegisterFormSchema, Object.fromEntries(new FormData(form)))
    if (!checked.ok) return showErrors(form, checked.errors, null)

    setErrors({})
    setFormError(null)
    setSubmitting(true)
    const { displayName, email, password } = checked.data
    const created = await register({ displayName, email, password })
    if (!created.ok) {
      setSubmitting(false)
      if (created.network) return setFormError(say(formMessage('network')))
      if (created.tooMany) return setFormError(say(formMessage('registerTooMany')))
      const { fieldErrors, other } = registerErrorsFromServer(created.fields)
      const nothingNamed = !other && Object.keys(fieldErrors).length === 0
      return showErrors(form, fieldErrors, nothingNamed ? formMessage('registerFailed') : other)
    }

    const loggedIn = await logIn(email, password)
    if (loggedIn === 'ok') {
      // A full navigation, so the server renders the next page with the new cookie.
      window.location.assign(next)
      return
    }
    setSubmitting(false)
    if (loggedIn === 'unverified') return setNotice(formMessage('verifyMailSent'))
    setFormError(
      <>
        {text.createdNoLoginBefore}
        <PageLink href={localizedPath(locale, withNext('/login', next))}>{text.goToLogin}</PageLink>
        {text.createdNoLoginAfter}
      </>,
    )
  }

  return (
    <AccountForm
      fields={registerFields(text)}
      errors={errors}
      values={sent.values}
      onEdit={clearError}
      formError={formError}
      notice={notice}
      formText={formText}
      submitting={submitting}
      submitLabel={{ idle: text.register, pending: text.registering }}
      switchLine={
        <>
          {text.hasAccount}
          <PageLink href={localizedPath(locale, withNext('/login', next))}>
            {text.loginLink}
          </PageLink>
        </>
      }
      next={next}
      action={action}
      onSubmit={handleSubmit}
    />
  )
}
