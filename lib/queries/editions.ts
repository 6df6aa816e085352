import type { Where } from 'payload'

import { showsOnlyWrittenVersions } from '@/lib/i18n/contentLocalization'
import { DEFAULT_LOCALE, type TLocale } from '@/lib/i18n/locales'
import { lexicalToTraditional, toTraditional } from '@/lib/i18n/traditional'
import { isWritten } from '@/lib/i18n/written'
import type { TCardRow, TRawCardRow } from './cards'

/**
 * What a localized field reads as in each edition (docs/editions.md):
 * - zh-CN: the text as stored (the original);
 * - zh-TW: the zh-TW text an editor wrote, else the zh-CN text converted by OpenCC;
 * - en: the English text only; an article without it is not in the English edition at all
 *   (writtenVersionWhere), and a tag without an English name is named after its slug.
 * Every portal read goes through these, on SQLite's plain SQL as through Payload, so both give
 * the same cards; the cached reads keep the result, so conversion runs once per cache fill.
 */

/** One field's values by locale, as Payload's adapters return a localized field. */
export type TLocaleValues = Partial<Record<TLocale, unknown>>

/** The locale values of a field read by `payload.db.find` (always by locale) or in `locale: 'all'`. */
export const localeValues = (value: unknown): TLocaleValues =>
  value && typeof value === 'object' ? (value as TLocaleValues) : {}

/**
 * The locale `payload.find` reads in for an edition: zh-TW needs its own texts and the zh-CN ones
 * they replace, so all; the others their own. With `locale: 'all'` localized fields come back as
 * values by locale, otherwise as the one value (see valuesRead).
 */
export const readLocaleFor = (locale: TLocale): TLocale | 'all' =>
  locale === 'zh-TW' ? 'all' : locale

/** A field's locale values from a `payload.find` made in readLocaleFor(locale). */
export const valuesRead = (value: unknown, locale: TLocale): TLocaleValues =>
  readLocaleFor(locale) === 'all' ? localeValues(value) : { [locale]: value }

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** A title or summary in an edition, or null when the edition has none. */
export function textIn(locale: TLocale, values: TLocaleValues): string | null {
  const own = asText(values[locale])
  if (locale !== 'zh-TW') return own
  if (isWritten(own)) return own
  const original = asText(values[DEFAULT_LOCALE])
  return original === null ? null : toTraditional(original)
}

/** A Lexical body in an edition (zh-TW: the override, or the zh-CN body converted). */
export function bodyIn<TBody>(locale: TLocale, values: Partial<Record<TLocale, TBody>>) {
  const own = values[locale] ?? null
  if (locale !== 'zh-TW' || isWritten(own)) return own
  const original = values[DEFAULT_LOCALE] ?? null
  return original === null ? null : lexicalToTraditional(original)
}

/** `airdrop-restaking` → `Airdrop Restaking`, `bitcoin-l2` → `Bitcoin L2`. */
export const nameFromSlug = (slug: string): string =>
  slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')

/**
 * A tag's name in an edition. English falls back to the slug's words: editors pick slugs in
 * English, and a Chinese name on an English page is what the English edition must not show.
 */
export function tagNameIn(locale: TLocale, values: TLocaleValues, slug: string): string {
  const name = textIn(locale, values)
  if (locale === 'en' && !isWritten(name)) return nameFromSlug(slug)
  return name ?? ''
}

/** A coin's Chinese name in an edition: converted in zh-TW, none in English (`name` is used). */
export function coinNameZhIn(locale: TLocale, nameZh: unknown): string | null {
  const name = asText(nameZh)
  if (locale === 'en' || name === null) return null
  return locale === 'zh-TW' ? toTraditional(name) : name
}

/**
 * The condition that keeps an article in an edition, or null for every article: English shows
 * only articles with an English title and body. Read in that locale, `exists` and `not_equals`
 * test that locale's values (SQLite: the `articles_locales` row of `en`; MongoDB: `title.en`).
 */
export function writtenVersionWhere(locale: TLocale): Where | null {
  if (!showsOnlyWrittenVersions(locale)) return null
  return {
    and: [{ title: { exists: true } }, { title: { not_equals: '' } }, { body: { exists: true } }],
  }
}

/** `conditions` and the edition's condition, for a read made in `locale`. */
export function inEdition(locale: TLocale, conditions: Where[]): Where {
  const written = writtenVersionWhere(locale)
  return { and: written ? [...conditions, written] : conditions }
}

/** A card row in an edition: its title and summary picked (or converted) from the locale values. */
export function cardRowIn(locale: TLocale, row: TRawCardRow): TCardRow {
  return {
    ...row,
    title: textIn(locale, localeValues(row.title)) ?? '',
    summary: textIn(locale, localeValues(row.summary)) ?? '',
  }
}
