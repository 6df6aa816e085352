import type { PayloadRequest } from 'payload'

import { linkMailHtml, tokenPageUrl, type TMailArgs } from '@/lib/account/linkMail'
import { formatMessage } from '@/lib/i18n/format'
import { isLocale, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { editionOfRequest } from '@/lib/i18n/requestEdition'

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
export const resetPasswordUrl = (token: string, edition: TLocale): string =>
  tokenPageUrl('/reset-password', token, edition)

export const resetMailSubject = ({ req }: { req?: PayloadRequest } = {}): string =>
  messagesFor(mailEdition(req)).account.resetMailSubject

/** A short mail: whom it is for, the link, how long it works, what to do if it was not you. */
export function resetMailHtml({ req, token, user }: TMailArgs = {}): string {
  const edition = mailEdition(req)
  const text = messagesFor(edition).account
  return linkMailHtml({
    edition,
    user,
    greeting: text.resetMailGreeting,
    body: text.resetMailBody,
    action: text.resetMailAction,
    url: resetPasswordUrl(token ?? '', edition),
    after: [
      formatMessage(text.resetMailExpiry, { minutes: RESET_LINK_MINUTES }),
      text.resetMailIgnore,
    ],
  })
}
