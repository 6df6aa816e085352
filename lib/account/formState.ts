import type { TFieldErrors } from './forms'

/**
 * What a login or register server action answers when it does not redirect: the messages to show
 * and the values to put back (never the password). A form without JavaScript is rendered again
 * from it; with JavaScript the forms check and submit in the browser and this stays initial.
 */
export type TAccountFormState = {
  errors: TFieldErrors<string>
  formError: string | null
  values: { email?: string; displayName?: string }
}

export const INITIAL_ACCOUNT_FORM_STATE: TAccountFormState = {
  errors: {},
  formError: null,
  values: {},
}

/** A form field's text; a file or a missing field counts as empty. */
export const textOf = (formData: FormData, name: string): string => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : ''
}
