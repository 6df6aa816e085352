import type {
  RichTextFieldValidation,
  TextareaFieldValidation,
  TextFieldSingleValidation,
} from 'payload'
import { richText, text, textarea } from 'payload/shared'

import { showsOnlyWrittenVersions } from '@/lib/i18n/contentLocalization'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { isWritten } from '@/lib/i18n/written'

/** The fields an article's version in an edition consists of (all localized). */
export const VERSION_FIELDS = ['title', 'summary', 'body'] as const

/**
 * Whether a version field must be filled in the locale being saved. zh-CN is the original: all
 * three are required. In zh-TW each is an optional override (an empty one reads as the zh-CN
 * text converted). In English, which shows only articles written for it, a version is all or
 * nothing: once any of the three is written the others are required, so no English page lacks
 * its body. Payload checks `required` in whatever locale is saved, hence this instead.
 */
export function requiredInLocale(locale: unknown, data: unknown): boolean {
  if (!locale || locale === DEFAULT_LOCALE || !isLocale(locale)) return true
  if (!showsOnlyWrittenVersions(locale)) return false
  const fields = (data ?? {}) as Record<string, unknown>
  return VERSION_FIELDS.some((name) => isWritten(fields[name]))
}

export const validateTitle: TextFieldSingleValidation = (value, options) =>
  text(value, { ...options, required: requiredInLocale(options.req.locale, options.data) })

export const validateSummary: TextareaFieldValidation = (value, options) =>
  textarea(value, { ...options, required: requiredInLocale(options.req.locale, options.data) })

export const validateBody: RichTextFieldValidation = (value, options) =>
  richText(value, { ...options, required: requiredInLocale(options.req.locale, options.data) })
