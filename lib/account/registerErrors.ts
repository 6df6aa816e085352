/** Fields of the registration form that Payload can name in its 400 answer. */
export const REGISTER_FIELDS = ['displayName', 'email', 'password', 'confirmPassword'] as const
export type TRegisterField = (typeof REGISTER_FIELDS)[number]

const isRegisterField = (path: string): path is TRegisterField =>
  (REGISTER_FIELDS as readonly string[]).includes(path)

/**
 * Payload's field errors as the form shows them: a taken email gets a message that says what to
 * do; anything else keeps the server's (Chinese, as requested) message. Errors on fields the form
 * does not have become one form-level message.
 */
export function registerErrorsFromServer(fields: { path: string; message: string }[]): {
  fieldErrors: Partial<Record<TRegisterField, string>>
  other: string | null
} {
  const fieldErrors: Partial<Record<TRegisterField, string>> = {}
  const other: string[] = []
  for (const { path, message } of fields) {
    if (path === 'email' && /already registered|已经注册|已注册/i.test(message)) {
      fieldErrors.email = '该邮箱已注册，请直接登录，或换一个邮箱。'
    } else if (isRegisterField(path)) {
      fieldErrors[path] ??= message
    } else {
      other.push(message)
    }
  }
  return { fieldErrors, other: other.length ? other.join(' ') : null }
}
