/**
 * The portal's editions. zh-CN keeps the portal's original URLs (no prefix); the others live under
 * their own prefix, so the language of a page is always in its URL and a page can be cached for
 * everyone who asks for it.
 */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const
export type TLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: TLocale = 'zh-CN'

const PREFIXES: Record<TLocale, string> = { 'zh-CN': '', 'zh-TW': '/zh-tw', en: '/en' }

/** The language names the switcher shows, each in its own language. */
export const LOCALE_NAMES: Record<TLocale, string> = {
  'zh-CN': '简体',
  'zh-TW': '繁體',
  en: 'English',
}

/** What a phone's header has room for: one character or two per edition. */
export const LOCALE_SHORT_NAMES: Record<TLocale, string> = {
  'zh-CN': '简',
  'zh-TW': '繁',
  en: 'EN',
}

/**
 * The editions every published article is in: zh-TW converts whatever has no override. English
 * comes on top only for articles with an English version.
 */
export const CHINESE_EDITIONS: readonly TLocale[] = ['zh-CN', 'zh-TW']

export const isLocale = (value: unknown): value is TLocale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** The edition a value names, or zh-CN's when it names none. */
export const localeOrDefault = (value: unknown): TLocale =>
  isLocale(value) ? value : DEFAULT_LOCALE

/** `/zh-tw` for zh-TW, `` for the default edition. */
export const localePrefix = (locale: TLocale): string => PREFIXES[locale]

/** The edition a URL path belongs to, and the path inside that edition (`/en/tag/defi` → en, `/tag/defi`). */
export function splitLocalePath(pathname: string): { locale: TLocale; path: string } {
  for (const locale of LOCALES) {
    const prefix = PREFIXES[locale]
    if (!prefix) continue
    if (pathname === prefix) return { locale, path: '/' }
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) }
  }
  return { locale: DEFAULT_LOCALE, path: pathname }
}

/**
 * A portal path in an edition: (`en`, `/tag/defi`) → `/en/tag/defi`; (`en`, `/`) → `/en`;
 * (`en`, `/?cursor=x`) → `/en?cursor=x`.
 */
export function localizedPath(locale: TLocale, path: string): string {
  const prefix = PREFIXES[locale]
  if (!prefix) return path
  if (path === '/') return prefix
  if (path.startsWith('/?') || path.startsWith('/#')) return `${prefix}${path.slice(1)}`
  return `${prefix}${path}`
}

/**
 * The internal route segment of each edition (app/(frontend)/[edition]). zh-TW's and English's
 * are their public prefixes; zh-CN's is reached only through next.config.ts's rewrites, and the
 * URL spelled with it redirects to the unprefixed one.
 */
const SEGMENTS: Record<TLocale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' }

export const editionSegment = (locale: TLocale): string => SEGMENTS[locale]

export const EDITION_SEGMENTS: readonly string[] = LOCALES.map(editionSegment)

/** The edition of an internal route segment, or null for anything else. */
export function localeOfSegment(segment: string): TLocale | null {
  return LOCALES.find((locale) => SEGMENTS[locale] === segment) ?? null
}
