import type { TFormMessage } from './formMessages'
import type { TFieldErrors } from './forms'

/**
 * What a login or register server action answers when it does not redirect: the messages to show
 * and the values to put back (never the password). A form without JavaScript is rendered again
 * from it; with JavaScript the forms check and submit in the browser and this stays initial.
 * Messages travel as catalog keys: the action does not know the page's edition, the form does.
 */
export type TAccountFormState = {
  errors: TFieldErrors<string>
  formError: TFormMessage | null
  values: { email?: string; displayName?: string }
  /** What a form that saved says (the account page's forms, which stay on the page). */
  notice?: TFormMessage
}

export const INITIAL_ACCOUNT_FORM_STATE: TAccountFormState = {
  errors: {},
  formError: null,
  values: {},
}

/**
 * A form field's text; a file or a missing field counts as empty. The forms' server actions can be
 * called by anyone with any arguments (a hand-made `Next-Action` post), so what should be the
 * form may be no FormData at all: then every field is empty, and the form answers as it would
 * for an empty form.
 */
export const textOf = (formData: unknown, name: string): string => {
  const value = formData instanceof FormData ? formData.get(name) : null
  return typeof value === 'string' ? value : ''
}
