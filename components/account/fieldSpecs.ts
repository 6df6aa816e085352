import { DISPLAY_NAME_MAX, PASSWORD_MIN } from '@/lib/account/limits'
import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'

import type { TFieldSpec } from './AccountForm'

type TText = TMessages['account']

/** The display name, as registration and the account page ask for it. */
export const displayNameField = (text: TText): TFieldSpec => ({
  name: 'displayName',
  label: text.displayName,
  type: 'text',
  autoComplete: 'nickname',
  hint: formatMessage(text.displayNameHint, { max: DISPLAY_NAME_MAX }),
})

/** A new password, with the server's policy as its hint (the common-password list is checked there). */
export const newPasswordField = (label: string, text: TText): TFieldSpec => ({
  name: 'password',
  label,
  type: 'password',
  autoComplete: 'new-password',
  hint: formatMessage(text.passwordHint, { min: PASSWORD_MIN }),
})

export const confirmPasswordField = (label: string): TFieldSpec => ({
  name: 'confirmPassword',
  label,
  type: 'password',
  autoComplete: 'new-password',
})
