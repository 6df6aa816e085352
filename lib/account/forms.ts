import { z } from 'zod/mini'

import { isEmailLike, PASSWORD_MESSAGES, PASSWORD_MIN } from './passwordRules'

/** Same limits as the users collection (displayName maxLength 40) and its password policy. */
export const DISPLAY_NAME_MAX = 40
export { PASSWORD_MIN }

const email = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, '请输入邮箱地址。'),
    z.email('邮箱格式不正确，例如 name@example.com。'),
  )

export const ZLoginFormSchema = z.object({
  email,
  password: z.string().check(z.minLength(1, '请输入密码。')),
})

/** The display name, as registration and the account page take it. */
const displayName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, '请输入显示名称。'),
    z.maxLength(DISPLAY_NAME_MAX, `显示名称不能超过 ${DISPLAY_NAME_MAX} 个字符。`),
  )

/** A new password and its confirmation (the common-password list stays on the server). */
const newPassword = z.string().check(z.minLength(PASSWORD_MIN, PASSWORD_MESSAGES['too-short'].zh))
const confirmPassword = z.string().check(z.minLength(1, '请再次输入密码。'))
const confirmationMatches = z.refine<{ password: string; confirmPassword: string }>(
  (values) => values.confirmPassword === '' || values.password === values.confirmPassword,
  { message: '两次输入的密码不一致。', path: ['confirmPassword'] },
)

export const ZRegisterFormSchema = z
  .object({ displayName, email, password: newPassword, confirmPassword })
  .check(
    // The common-password list stays on the server; its answer is shown like these.
    z.refine((values) => !isEmailLike(values.password, values.email), {
      message: PASSWORD_MESSAGES.email.zh,
      path: ['password'],
    }),
    confirmationMatches,
  )

/** The account page's 显示名称 form: nothing but the name, whatever else is posted. */
export const ZDisplayNameFormSchema = z.object({ displayName })

/**
 * The account page's 修改密码 form. The e-mail rule and the common-password list are checked on
 * the server, which knows the account's address.
 */
export const ZPasswordChangeFormSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, '请输入当前密码。')),
    password: newPassword,
    confirmPassword,
  })
  .check(confirmationMatches)

export type TFieldErrors<TField extends string> = Partial<Record<TField, string>>

/** Parses a form; on failure, the first message for each field (the form shows one at a time). */
export function validateForm<TSchema extends z.ZodMiniType>(
  schema: TSchema,
  values: unknown,
): { ok: true; data: z.output<TSchema> } | { ok: false; errors: TFieldErrors<string> } {
  const parsed = schema.safeParse(values)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: TFieldErrors<string> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
