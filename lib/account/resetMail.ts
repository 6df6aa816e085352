import type { PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import { formatMessage } from '@/lib/i18n/format'
import { isLocale, localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { editionOfRequest } from '@/lib/i18n/requestEdition'
import { escapeXml } from '@/lib/syndication/xml'

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60

/**
 * The edition a reset mail is written in: the portal's forms name their page's edition in this
 * header (lib/account/passwordReset.ts); the admin's and REST requests are read as other answers
 * are (lib/i18n/requestEdition.ts).
 */
export const MAIL_EDITION_HEADER = 'x-newsroom-edition'

export function mailEdition(req: PayloadRequest | undefined): TLocale {
  const named = req?.headers?.get(MAIL_EDITION_HEADER)
  if (isLocale(named)) return named
  return req ? editionOfRequest(req) : 'zh-CN'
}

/** The portal's 重置密码 page with the token, in the mail's edition, on SITE_URL. */
export function resetPasswordUrl(token: string, edition: TLocale): string {
  const path = localizedPath(edition, '/reset-password')
  return `${getEnv().SITE_URL}${path}?token=${encodeURIComponent(token)}`
}

export const resetMailSubject = ({ req }: { req?: PayloadRequest } = {}): string =>
  messagesFor(mailEdition(req)).account.resetMailSubject

/** A short mail: whom it is for, the link, how long it works, what to do if it was not you. */
export function resetMailHtml({
  req,
  token,
  user,
}: { req?: PayloadRequest; token?: string; user?: { displayName?: unknown } } = {}): string {
  const edition = mailEdition(req)
  const text = messagesFor(edition).account
  const url = escapeXml(resetPasswordUrl(token ?? '', edition))
  const name = typeof user?.displayName === 'string' ? user.displayName : ''
  const paragraph = (value: string) => `<p>${escapeXml(value)}</p>`
  return [
    `<!doctype html><html lang="${edition}"><body>`,
    paragraph(formatMessage(text.resetMailGreeting, { name })),
    paragraph(text.resetMailBody),
    `<p><a href="${url}">${escapeXml(text.resetMailAction)}</a></p>`,
    `<p>${url}</p>`,
    paragraph(formatMessage(text.resetMailExpiry, { minutes: RESET_LINK_MINUTES })),
    paragraph(text.resetMailIgnore),
    '</body></html>',
  ].join('\n')
}
