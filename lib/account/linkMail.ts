import type { PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { escapeXml } from '@/lib/syndication/xml'

/** A portal page of the mail's edition with the link's token, on SITE_URL. */
export function tokenPageUrl(path: string, token: string, edition: TLocale): string {
  return `${getEnv().SITE_URL}${localizedPath(edition, path)}?token=${encodeURIComponent(token)}`
}

export type TLinkMailParts = {
  edition: TLocale
  /** `{name}` is the account's display name. */
  greeting: string
  body: string
  action: string
  url: string
  /** What follows the link: how long it works, what to do if it was not you. */
  after: readonly string[]
  user?: { displayName?: unknown }
}

/**
 * The account mails (重置密码, 验证邮箱): whom it is for, what happened, the link as a button and
 * as text (for mail clients that show no links), then the notes. Every piece is escaped: the
 * display name is the account owner's own text.
 */
export function linkMailHtml(parts: TLinkMailParts): string {
  const name = typeof parts.user?.displayName === 'string' ? parts.user.displayName : ''
  const url = escapeXml(parts.url)
  const paragraph = (value: string) => `<p>${escapeXml(value)}</p>`
  return [
    `<!doctype html><html lang="${parts.edition}"><body>`,
    paragraph(formatMessage(parts.greeting, { name })),
    paragraph(parts.body),
    `<p><a href="${url}">${escapeXml(parts.action)}</a></p>`,
    `<p>${url}</p>`,
    ...parts.after.map(paragraph),
    '</body></html>',
  ].join('\n')
}

export type TMailArgs = {
  req?: PayloadRequest
  token?: string
  user?: { displayName?: unknown }
}
