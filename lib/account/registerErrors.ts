import { formMessage, type TFormMessage } from './formMessages'

/** Fields of the registration form that Payload can name in its 400 answer. */
export const REGISTER_FIELDS = ['displayName', 'email', 'password', 'confirmPassword'] as const
export type TRegisterField = (typeof REGISTER_FIELDS)[number]

const isRegisterField = (path: string): path is TRegisterField =>
  (REGISTER_FIELDS as readonly string[]).includes(path)

/** Payload's unique-email refusal, in either of the languages its REST answers in. */
const EMAIL_TAKEN = /already registered|已经注册|已注册/i

/**
 * Payload's field errors as the form shows them: a taken email gets a message that says what to
 * do; anything else keeps the server's words (in the edition's language where the server has it:
 * the password policy does, see collections/Users/hooks/passwordPolicy.ts). Errors on fields the
 * form does not have become one form-level message.
 */
export function registerErrorsFromServer(fields: { path: string; message: string }[]): {
  fieldErrors: Partial<Record<TRegisterField, TFormMessage>>
  other: TFormMessage | null
} {
  const fieldErrors: Partial<Record<TRegisterField, TFormMessage>> = {}
  const other: string[] = []
  for (const { path, message } of fields) {
    if (path === 'email' && EMAIL_TAKEN.test(message)) {
      fieldErrors.email = formMessage('emailTaken')
    } else if (isRegisterField(path)) {
      fieldErrors[path] ??= { said: message }
    } else {
      other.push(message)
    }
  }
  return { fieldErrors, other: other.length ? { said: other.join(' ') } : null }
}
