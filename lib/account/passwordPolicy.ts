import { isCommonPassword } from './commonPasswords'
import {
  basicPasswordProblem,
  PASSWORD_MESSAGES,
  type TMessageLanguage,
  type TPasswordProblem,
} from './passwordRules'

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

/** The message for a broken rule in the request's language (Chinese unless English was asked). */
export function passwordProblemMessage(
  problem: TPasswordProblem,
  language: string | undefined,
): string {
  const chosen: TMessageLanguage = language === 'en' ? 'en' : 'zh'
  return PASSWORD_MESSAGES[problem][chosen]
}
