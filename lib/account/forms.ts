import { z } from 'zod/mini'

import type { TFormMessage, TFormMessageKey } from './formMessages'
import { DISPLAY_NAME_MAX, PASSWORD_MIN } from './limits'
import { isEmailLike, PASSWORD_PROBLEM_KEYS } from './passwordRules'

/*
 * The schemas' messages are keys of the `forms` catalog (lib/account/formMessages.ts): the same
 * check runs in the browser and in the server actions, and the form puts the key into the words
 * of the page's edition.
 */
const say = (key: TFormMessageKey) => key

const email = z
  .string()
  .check(z.trim(), z.minLength(1, say('emailRequired')), z.email(say('emailInvalid')))

export const ZLoginFormSchema = z.object({
  email,
  password: z.string().check(z.minLength(1, say('passwordRequired'))),
})

/** The display name, as registration and the account page take it. */
const displayName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, say('displayNameRequired')),
    z.maxLength(DISPLAY_NAME_MAX, say('displayNameTooLong')),
  )

/** A new password and its confirmation (the common-password list stays on the server). */
const newPassword = z
  .string()
  .check(z.minLength(PASSWORD_MIN, say(PASSWORD_PROBLEM_KEYS['too-short'])))
const confirmPassword = z.string().check(z.minLength(1, say('confirmRequired')))
const confirmationMatches = z.refine<{ password: string; confirmPassword: string }>(
  (values) => values.confirmPassword === '' || values.password === values.confirmPassword,
  { message: say('confirmMismatch'), path: ['confirmPassword'] },
)

export const ZRegisterFormSchema = z
  .object({ displayName, email, password: newPassword, confirmPassword })
  .check(
    // The common-password list stays on the server; its answer is shown like these.
    z.refine((values) => !isEmailLike(values.password, values.email), {
      message: say(PASSWORD_PROBLEM_KEYS.email),
      path: ['password'],
    }),
    confirmationMatches,
  )

/** 忘记密码: the address to send the link to. */
export const ZForgotPasswordFormSchema = z.object({ email })

/** 重置密码: the new password twice (the token comes with the page, not the form). */
export const ZResetPasswordFormSchema = z
  .object({ password: newPassword, confirmPassword })
  .check(confirmationMatches)

/** The account page's 显示名称 form: nothing but the name, whatever else is posted. */
export const ZDisplayNameFormSchema = z.object({ displayName })

/**
 * The account page's 修改密码 form. The e-mail rule and the common-password list are checked on
 * the server, which knows the account's address.
 */
export const ZPasswordChangeFormSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, say('currentRequired'))),
    password: newPassword,
    confirmPassword,
  })
  .check(confirmationMatches)

export type TFieldErrors<TField extends string> = Partial<Record<TField, TFormMessage>>

/**
 * Parses a form; on failure, the first message for each field (the form shows one at a time).
 * zod's own messages (a field that is a file, say) are no key of the catalog and read as
 * `invalid` (formMessageText).
 */
export function validateForm<TSchema extends z.ZodMiniType>(
  schema: TSchema,
  values: unknown,
): { ok: true; data: z.output<TSchema> } | { ok: false; errors: TFieldErrors<string> } {
  const parsed = schema.safeParse(values)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: TFieldErrors<string> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '')
    errors[field] ??= { key: issue.message as TFormMessageKey }
  }
  return { ok: false, errors }
}
