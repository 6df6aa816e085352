import { DISPLAY_NAME_MAX } from '@/lib/account/forms'
import { PASSWORD_RULE_HINT } from '@/lib/account/passwordRules'

import type { TFieldSpec } from './AccountForm'

/** The display name, as registration and the account page ask for it. */
export const DISPLAY_NAME_FIELD: TFieldSpec = {
  name: 'displayName',
  label: '显示名称',
  type: 'text',
  autoComplete: 'nickname',
  hint: `最多 ${DISPLAY_NAME_MAX} 个字符，会显示在页面顶部。`,
}

/** A new password, with the server's policy as its hint (the common-password list is checked there). */
export const newPasswordField = (label: string): TFieldSpec => ({
  name: 'password',
  label,
  type: 'password',
  autoComplete: 'new-password',
  hint: PASSWORD_RULE_HINT,
})

export const confirmPasswordField = (label: string): TFieldSpec => ({
  name: 'confirmPassword',
  label,
  type: 'password',
  autoComplete: 'new-password',
})
