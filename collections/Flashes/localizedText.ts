import type { TextareaFieldValidation } from 'payload'
import { textarea } from 'payload/shared'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * A flash's text is required in zh-CN, the original. In zh-TW it is an optional override (empty:
 * the zh-CN text converted); in English it is the English version, which only some flashes have.
 */
export const validateFlashText: TextareaFieldValidation = (value, options) => {
  const locale = options.req.locale
  return textarea(value, { ...options, required: !locale || locale === DEFAULT_LOCALE })
}
