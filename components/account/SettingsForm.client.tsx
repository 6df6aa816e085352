'use client'

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'
import type { z } from 'zod/mini'

import { INITIAL_ACCOUNT_FORM_STATE, type TAccountFormState } from '@/lib/account/formState'
import { formMessageText, type TFormText } from '@/lib/account/formMessages'
import { validateForm } from '@/lib/account/forms'

import { AccountForm, type TFieldSpec } from './AccountForm'
import { focusFirstInvalid } from './focusFirstInvalid'

type TSettingsAction = (
  previous: TAccountFormState,
  formData: FormData,
) => Promise<TAccountFormState>

type TShown = Pick<TAccountFormState, 'errors' | 'formError' | 'notice'>

/**
 * A form of the account page that saves in place. It posts to its server action with or without
 * JavaScript (without, the server renders the page again with the answer); with JavaScript the
 * schema is checked first, so a plain mistake is shown without a round trip, and the server's
 * answer (a wrong current password, the policy, what was saved) arrives as the action's state.
 */
export function SettingsForm({
  action,
  schema,
  fields,
  submitLabel,
  initialValues,
  onSaved,
  formText,
}: {
  action: TSettingsAction
  schema: z.ZodMiniType
  fields: readonly TFieldSpec[]
  submitLabel: { idle: string; pending: string }
  /** What the fields hold before anything is sent (never a password). */
  initialValues?: Partial<Record<string, string>>
  /** Called with the server's answer once it has saved. */
  onSaved?: (answer: TAccountFormState) => void
  formText: TFormText
}) {
  const [sent, formAction, pending] = useActionState(action, INITIAL_ACCOUNT_FORM_STATE)
  const [answered, setAnswered] = useState(sent)
  const [shown, setShown] = useState<TShown>(sent)
  // A new answer from the server replaces whatever the browser's own check showed.
  if (answered !== sent) {
    setAnswered(sent)
    setShown(sent)
  }
  const formRef = useRef<HTMLFormElement>(null)
  const names = fields.map((field) => field.name)

  useEffect(() => {
    if (sent === INITIAL_ACCOUNT_FORM_STATE) return
    if (sent.notice) onSaved?.(sent)
    if (formRef.current) focusFirstInvalid(formRef.current, names, sent.errors)
    // Only a new answer moves focus, not a re-render of the page around the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sent])

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    if (pending) return event.preventDefault()
    const form = event.currentTarget
    const checked = validateForm(schema, Object.fromEntries(new FormData(form)))
    if (checked.ok) return setShown({ errors: {}, formError: null, notice: undefined })
    event.preventDefault()
    // Render the messages first, so the focused field is announced with its error.
    flushSync(() => setShown({ errors: checked.errors, formError: null, notice: undefined }))
    focusFirstInvalid(form, names, checked.errors)
  }

  return (
    <AccountForm
      formRef={formRef}
      fields={fields}
      errors={shown.errors}
      values={{ ...initialValues, ...sent.values }}
      onEdit={(name) =>
        setShown((current) => ({ ...current, errors: { ...current.errors, [name]: undefined } }))
      }
      formError={shown.formError ? formMessageText(shown.formError, formText) : null}
      formText={formText}
      notice={shown.notice ?? null}
      submitting={pending}
      submitLabel={submitLabel}
      action={formAction}
      onSubmit={handleSubmit}
    />
  )
}
