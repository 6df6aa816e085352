import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'

import { DISPLAY_NAME_MAX, PASSWORD_MIN } from './limits'

/** The `forms` catalog namespace: what the account forms and the browser's requests can say. */
export type TFormText = TMessages['forms']
export type TFormMessageKey = keyof TFormText

/**
 * What a form check, a server action or a request answers, before it is put into words: one of
 * the catalog's messages, or the server's own words when it said something the catalog has no
 * message for. Kept apart from text so that the server's answer to a form (which does not know
 * the page's edition) is shown in the edition of the page that rendered the form, and so that
 * forgetting to put a message into words is a type error rather than a key on the screen.
 */
export type TFormMessage<TKey extends TFormMessageKey = TFormMessageKey> =
  { key: TKey } | { said: string }

export const formMessage = <TKey extends TFormMessageKey>(key: TKey): TFormMessage<TKey> => ({
  key,
})

/** What the browser's requests can fail with (lib/browser/apiClient.ts), besides the server's words. */
export const REQUEST_FAILURE_KEYS = ['network', 'serverDown', 'malformed', 'invalid'] as const
export type TRequestFailureKey = (typeof REQUEST_FAILURE_KEYS)[number]
export type TRequestFailureText = Pick<TFormText, TRequestFailureKey>

/** The message in the page's edition; a key this catalog lacks reads as 输入的内容无法识别. */
export function formMessageText<TKey extends TFormMessageKey>(
  message: TFormMessage<TKey>,
  text: Pick<TFormText, TKey | 'invalid'>,
): string {
  if ('said' in message) return message.said
  const template = Object.hasOwn(text, message.key) ? text[message.key] : text.invalid
  return formatMessage(template, { min: PASSWORD_MIN, max: DISPLAY_NAME_MAX })
}
