import { getRequestConfig } from 'next-intl/server'

import { displaySettings } from '@/lib/display'
import { localeOrDefault } from './locales'
import { MESSAGES } from './messages'

/**
 * next-intl's configuration for server components. Portal code always names the edition
 * (`getTranslations({ locale, namespace })`): the edition comes from the URL, and asking next-intl
 * to find it (requestLocale) would read the request's headers and make every page uncacheable.
 */
export default getRequestConfig(async ({ locale }) => {
  const edition = localeOrDefault(locale)
  return {
    locale: edition,
    messages: MESSAGES[edition],
    timeZone: displaySettings().timeZone,
  }
})
