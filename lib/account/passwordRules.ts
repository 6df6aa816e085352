/**
 * The password rules that need no word list, shared by the register form (in the browser) and the
 * server's policy (lib/account/passwordPolicy.ts), so both say the same thing.
 */
export const PASSWORD_MIN = 10

export type TPasswordProblem = 'too-short' | 'common' | 'email'
export type TMessageLanguage = 'zh' | 'en'

export const PASSWORD_MESSAGES: Record<TPasswordProblem, Record<TMessageLanguage, string>> = {
  'too-short': {
    zh: `密码至少需要 ${PASSWORD_MIN} 个字符。`,
    en: `The password must be at least ${PASSWORD_MIN} characters long.`,
  },
  common: {
    zh: '这个密码太常见，很容易被猜到，请换一个。',
    en: 'This password is too common and easy to guess; choose another one.',
  },
  email: {
    zh: '密码不能是邮箱地址或其 @ 之前的部分。',
    en: 'The password must not be the e-mail address or the part before its @.',
  },
}

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
