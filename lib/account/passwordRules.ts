import type { TFormMessageKey } from './formMessages'
import { PASSWORD_MIN } from './limits'

/**
 * The password rules that need no word list, shared by the register form (in the browser) and the
 * server's policy (lib/account/passwordPolicy.ts), so both say the same thing.
 */
export type TPasswordProblem = 'too-short' | 'common' | 'email'

/** Each broken rule's message in the `forms` catalog. */
export const PASSWORD_PROBLEM_KEYS = {
  'too-short': 'passwordTooShort',
  common: 'passwordCommon',
  email: 'passwordEmail',
} as const satisfies Record<TPasswordProblem, TFormMessageKey>

/** Whether `password` is the e-mail address or its local part, ignoring case and spaces around. */
export function isEmailLike(password: string, email: string | null | undefined): boolean {
  const address = email?.trim().toLowerCase()
  if (!address) return false
  const candidate = password.trim().toLowerCase()
  const localPart = address.split('@')[0]
  return candidate === address || (Boolean(localPart) && candidate === localPart)
}

/** The first rule `password` breaks that can be checked without the common-password list. */
export function basicPasswordProblem(
  password: string,
  email: string | null | undefined,
): TPasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'too-short'
  if (isEmailLike(password, email)) return 'email'
  return null
}
