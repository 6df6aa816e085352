import type { LocalizationConfig } from 'payload'

import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, type TLocale } from './locales'

/**
 * Payload's content locales are the portal's editions, so a locale code read from a URL is the
 * locale a document is read in. No fallback: an edition decides itself what an absent translation
 * becomes (zh-TW converts the zh-CN text, English leaves the article out: lib/queries/editions.ts),
 * and a fallback would hide which text an editor actually wrote. The admin's own language
 * (lib/admin/i18n.ts) is a separate setting.
 */
export const contentLocalization = {
  locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: false,
} satisfies LocalizationConfig

/**
 * Editions that show an article only when it was written for them: an English reader gets no
 * Chinese text. The others (zh-TW) take each field an editor translated and convert the rest.
 */
export const WRITTEN_ONLY_LOCALES: readonly TLocale[] = ['en']

export const showsOnlyWrittenVersions = (locale: TLocale): boolean =>
  WRITTEN_ONLY_LOCALES.includes(locale)
