import type { PayloadRequest } from 'payload'

import { mailEdition } from '@/lib/account/resetMail'
import { getEnv } from '@/lib/env'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { escapeXml } from '@/lib/syndication/xml'

/** The portal's 验证邮箱 page with the token, in the mail's edition, on SITE_URL. */
export function verifyEmailUrl(token: string, edition: TLocale): string {
  const path = localizedPath(edition, '/verify-email')
  return `${getEnv().SITE_URL}${path}?token=${encodeURIComponent(token)}`
}

export const verifyMailSubject = ({ req }: { req?: PayloadRequest } = {}): string =>
  messagesFor(mailEdition(req)).account.verifyMailSubject

/** Whom it is for, the link, what to do if it was not you (the link works until used). */
export function verifyMailHtml({
  req,
  token,
  user,
}: { req?: PayloadRequest; token?: string; user?: { displayName?: unknown } } = {}): string {
  const edition = mailEdition(req)
  const text = messagesFor(edition).account
  const url = escapeXml(verifyEmailUrl(token ?? '', edition))
  const name = typeof user?.displayName === 'string' ? user.displayName : ''
  const paragraph = (value: string) => `<p>${escapeXml(value)}</p>`
  return [
    `<!doctype html><html lang="${edition}"><body>`,
    paragraph(formatMessage(text.verifyMailGreeting, { name })),
    paragraph(text.verifyMailBody),
    `<p><a href="${url}">${escapeXml(text.verifyMailAction)}</a></p>`,
    `<p>${url}</p>`,
    paragraph(text.verifyMailIgnore),
    '</body></html>',
  ].join('\n')
}
