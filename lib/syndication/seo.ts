import { DEFAULT_LOCALE, LOCALES, localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'

/** Names and links every page's metadata shares, so feeds, pages and JSON-LD agree. */
export const SITE_NAME = 'Newsroom'
export const LOGO_PATH = '/logo.png'

/** Open Graph's locale of each edition (language_TERRITORY). */
export const OG_LOCALES: Record<TLocale, string> = {
  'zh-CN': 'zh_CN',
  'zh-TW': 'zh_TW',
  en: 'en_US',
}

/**
 * `<link rel="alternate" type="application/rss+xml">` targets: the edition's site feed, plus a
 * tag's own feed on its pages.
 */
export function rssAlternates(locale: TLocale, tag?: { name: string; slug: string }) {
  return {
    'application/rss+xml': [
      {
        url: localizedPath(locale, '/rss.xml'),
        title: `${SITE_NAME} · ${messagesFor(locale).feed.all}`,
      },
      ...(tag
        ? [
            {
              url: localizedPath(locale, `/tag/${tag.slug}/rss.xml`),
              title: `${SITE_NAME} · ${tag.name}`,
            },
          ]
        : []),
    ],
  }
}

/**
 * `hreflang` alternates of one page: its URL in each edition that has it (`editions`; an article
 * without an English version has no English page), and the zh-CN URL as `x-default`.
 */
export function languageAlternates(
  path: string,
  editions: readonly TLocale[] = LOCALES,
): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const locale of editions) languages[locale] = localizedPath(locale, path)
  if (editions.includes(DEFAULT_LOCALE))
    languages['x-default'] = localizedPath(DEFAULT_LOCALE, path)
  return languages
}

/**
 * A page's `alternates`: canonical URL in its edition, the other editions, and RSS. Next replaces
 * (not merges) `alternates` per page, so every page passes all three.
 */
export function pageAlternates(options: {
  locale: TLocale
  path: string
  editions?: readonly TLocale[]
  tag?: { name: string; slug: string }
}) {
  return {
    canonical: localizedPath(options.locale, options.path),
    languages: languageAlternates(options.path, options.editions),
    types: rssAlternates(options.locale, options.tag),
  }
}
