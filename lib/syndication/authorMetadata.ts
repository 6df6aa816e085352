import type { Metadata } from 'next'

import { formatMessage } from '@/lib/i18n/format'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TAuthorProfile } from '@/lib/queries/findAuthors'
import { languageAlternates, OG_LOCALES, SITE_NAME } from './seo'

/**
 * An author page's metadata: canonical and language alternates (every edition has the page),
 * the author's own RSS feed, and an Open Graph profile. URLs stay relative: the layout's
 * metadataBase (SITE_URL) makes them absolute.
 */
export function authorMetadata({
  author,
  locale,
}: {
  author: TAuthorProfile
  locale: TLocale
}): Metadata {
  const text = messagesFor(locale).author
  const path = `/authors/${author.slug}`
  const title = formatMessage(text.title, { name: author.name })
  const description = author.bio ?? formatMessage(text.description, { name: author.name })
  const images = author.avatar ? [{ url: author.avatar.url, alt: author.name }] : undefined
  return {
    title,
    description,
    alternates: {
      canonical: localizedPath(locale, path),
      languages: languageAlternates(path),
      types: {
        'application/rss+xml': [
          { url: localizedPath(locale, `${path}/rss.xml`), title: `${author.name} · ${SITE_NAME}` },
        ],
      },
    },
    openGraph: {
      type: 'profile',
      url: localizedPath(locale, path),
      siteName: SITE_NAME,
      locale: OG_LOCALES[locale],
      title: `${title} · ${SITE_NAME}`,
      description,
      images,
    },
    twitter: { card: 'summary', title: `${title} · ${SITE_NAME}`, description },
  }
}
