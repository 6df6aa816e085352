import type { TLocale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

import { isCommonPassword } from './commonPasswords'
import { formMessageText } from './formMessages'
import { basicPasswordProblem, PASSWORD_PROBLEM_KEYS, type TPasswordProblem } from './passwordRules'

/**
 * The server's password policy for every account, however it is made or changed: at least
 * PASSWORD_MIN characters, not a common password, not the e-mail address. `null` when it passes.
 */
export function passwordProblem(options: {
  password: string
  email: string | null | undefined
}): TPasswordProblem | null {
  const basic = basicPasswordProblem(options.password, options.email)
  if (basic) return basic
  return isCommonPassword(options.password) ? 'common' : null
}

/** The message for a broken rule in one edition's words (the same text the forms show). */
export function passwordProblemMessage(problem: TPasswordProblem, locale: TLocale): string {
  return formMessageText({ key: PASSWORD_PROBLEM_KEYS[problem] }, MESSAGES[locale].forms)
}
