import type { PayloadRequest } from 'payload'

import type { TLocale } from './locales'

/**
 * The edition whose words an answer or a mail is in. The portal's browser calls and form actions
 * name the page's edition in Accept-Language (lib/browser/apiClient.ts); Payload itself knows
 * only zh and en, so zh-TW is read from the header here. The admin's language wins when it is
 * English.
 */
export function editionOfRequest(req: Pick<PayloadRequest, 'headers' | 'i18n'>): TLocale {
  if (req.i18n?.language === 'en') return 'en'
  const first = req.headers?.get('accept-language')?.split(',')[0]?.trim().toLowerCase() ?? ''
  return /^zh-(tw|hk|mo|hant)\b/.test(first) ? 'zh-TW' : 'zh-CN'
}
