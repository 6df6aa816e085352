import type { FormEvent, ReactNode, Ref } from 'react'

import { formMessageText, type TFormMessage, type TFormText } from '@/lib/account/formMessages'
import type { TFieldErrors } from '@/lib/account/forms'

import { FormAlert } from './FormAlert'
import styles from './forms.module.css'
import { TextField, type TTextFieldProps } from './TextField'

/** One field of an account form, as declared by the form; its error and edit handler come later. */
export type TFieldSpec = Omit<TTextFieldProps, 'error' | 'onEdit' | 'defaultValue' | 'autoFocus'>

/**
 * What the account forms share (login, registration and the account page's settings): the
 * form-level alert above the fields, the fields in order, the submit button (aria-disabled while a
 * submit runs, so it keeps focus), the line that leads to the other form and, for a form that
 * stays on its page, what it saved. The forms keep their own state and submit logic.
 *
 * The form posts to a server action (React renders it with method="post"), so a submit before
 * hydration or without JavaScript sends the password in the request body to the server, which logs
 * in and redirects, or renders the form again with `values` and the errors. Once hydrated,
 * `onSubmit` takes over in the browser.
 */
export function AccountForm({
  fields,
  errors,
  values,
  onEdit,
  formError,
  notice,
  submitting,
  submitLabel,
  switchLine,
  next,
  action,
  onSubmit,
  formRef,
  formText,
}: {
  fields: readonly TFieldSpec[]
  errors: TFieldErrors<string>
  /** The page edition's words for the field errors and the notice. */
  formText: TFormText
  values: Partial<Record<string, string>>
  onEdit: (name: string) => void
  formError: ReactNode
  /** What a form that stays on its page saved; announced politely, unlike an error. */
  notice?: TFormMessage | null
  submitting: boolean
  submitLabel: { idle: string; pending: string }
  switchLine?: ReactNode
  /** Where a successful submit leads; sent along with the fields. */
  next?: string
  action: (formData: FormData) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  formRef?: Ref<HTMLFormElement>
}) {
  const firstInvalid = fields.find((field) => errors[field.name])?.name
  const errorOf = (name: string) => {
    const error = errors[name]
    return error ? formMessageText(error, formText) : undefined
  }
  return (
    <form ref={formRef} className={styles.form} action={action} onSubmit={onSubmit} noValidate>
      <FormAlert>{formError}</FormAlert>
      {notice === undefined ? null : (
        <div role="status" className={styles.alertRegion}>
          {notice ? <p className={styles.formNotice}>{formMessageText(notice, formText)}</p> : null}
        </div>
      )}
      {next === undefined ? null : <input type="hidden" name="next" value={next} />}
      <div className={styles.fields}>
        {fields.map((field) => (
          <TextField
            key={field.name}
            {...field}
            error={errorOf(field.name)}
            defaultValue={field.type === 'password' ? undefined : values[field.name]}
            autoFocus={field.name === firstInvalid}
            onEdit={onEdit}
          />
        ))}
        <button className={styles.submit} type="submit" aria-disabled={submitting}>
          {submitting ? submitLabel.pending : submitLabel.idle}
        </button>
        {switchLine ? <p className={styles.switch}>{switchLine}</p> : null}
      </div>
    </form>
  )
}
