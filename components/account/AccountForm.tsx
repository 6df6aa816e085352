import type { FormEvent, ReactNode } from 'react'

import type { TFieldErrors } from '@/lib/account/forms'

import { FormAlert } from './FormAlert'
import styles from './forms.module.css'
import { TextField, type TTextFieldProps } from './TextField'

/** One field of an account form, as declared by the form; its error and edit handler come later. */
export type TFieldSpec = Omit<TTextFieldProps, 'error' | 'onEdit'>

/**
 * What the login and registration forms share: the form-level alert above the fields, the fields
 * in order, the submit button (aria-disabled while a submit runs, so it keeps focus) and the line
 * that leads to the other form. The forms keep their own state and submit logic.
 */
export function AccountForm({
  fields,
  errors,
  onEdit,
  formError,
  submitting,
  submitLabel,
  switchLine,
  onSubmit,
}: {
  fields: readonly TFieldSpec[]
  errors: TFieldErrors<string>
  onEdit: (name: string) => void
  formError: ReactNode
  submitting: boolean
  submitLabel: { idle: string; pending: string }
  switchLine: ReactNode
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}) {
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <FormAlert>{formError}</FormAlert>
      <div className={styles.fields}>
        {fields.map((field) => (
          <TextField key={field.name} {...field} error={errors[field.name]} onEdit={onEdit} />
        ))}
        <button className={styles.submit} type="submit" aria-disabled={submitting}>
          {submitting ? submitLabel.pending : submitLabel.idle}
        </button>
        <p className={styles.switch}>{switchLine}</p>
      </div>
    </form>
  )
}
