import styles from './forms.module.css'

export type TTextFieldProps = {
  /** Also the form field name and the key of its error. */
  name: string
  label: string
  type: 'text' | 'email' | 'password'
  autoComplete: string
  error?: string
  hint?: string
  /** What the form was sent with, when the server renders it again (never a password). */
  defaultValue?: string
  /** Focus on load: the first field with an error after a submit without JavaScript. */
  autoFocus?: boolean
  /** Clears this field's error as soon as the reader edits it. */
  onEdit?: (name: string) => void
}

/**
 * A labelled input whose hint and error are tied to it with `aria-describedby`, so a screen reader
 * reads the reason along with the field when focus lands on it after a failed submit.
 */
export function TextField({
  name,
  label,
  type,
  autoComplete,
  error,
  hint,
  defaultValue,
  autoFocus,
  onEdit,
}: TTextFieldProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <input
        className={styles.input}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={() => onEdit?.(name)}
        spellCheck={type === 'text' ? undefined : false}
        autoCapitalize={type === 'text' ? undefined : 'none'}
      />
      {error ? (
        <p className={styles.error} id={errorId}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
