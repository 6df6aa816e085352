import type { PayloadRequest } from 'payload'

import { linkMailHtml, tokenPageUrl, type TMailArgs } from '@/lib/account/linkMail'
import { mailEdition } from '@/lib/account/resetMail'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

/** The portal's 验证邮箱 page with the token, in the mail's edition, on SITE_URL. */
export const verifyEmailUrl = (token: string, edition: TLocale): string =>
  tokenPageUrl('/verify-email', token, edition)

export const verifyMailSubject = ({ req }: { req?: PayloadRequest } = {}): string =>
  messagesFor(mailEdition(req)).account.verifyMailSubject

/** Whom it is for, the link, what to do if it was not you (the link works until used). */
export function verifyMailHtml({ req, token, user }: TMailArgs = {}): string {
  const edition = mailEdition(req)
  const text = messagesFor(edition).account
  return linkMailHtml({
    edition,
    user,
    greeting: text.verifyMailGreeting,
    body: text.verifyMailBody,
    action: text.verifyMailAction,
    url: verifyEmailUrl(token ?? '', edition),
    after: [text.verifyMailIgnore],
  })
}
