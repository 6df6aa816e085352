import type { Metadata } from 'next'

import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { OG_LOCALES, pageAlternates, SITE_NAME } from './seo'

/**
 * Canonical, language and RSS alternates, Open Graph and Twitter card of a feed page (全部 or one
 * tag) in one edition. `path` is the page's path inside an edition (`/`, `/tag/defi`); URLs stay
 * relative: the layout's metadataBase (SITE_URL) makes them absolute.
 */
export function feedMetadata(options: {
  locale: TLocale
  path: string
  title?: string
  description?: string
  tag?: { name: string; slug: string }
}): Metadata {
  const { site } = messagesFor(options.locale)
  const description = options.description ?? site.description
  const socialTitle = options.title ? `${options.title} · ${SITE_NAME}` : site.title
  return {
    title: options.title ?? { absolute: site.title },
    description,
    alternates: pageAlternates(options),
    openGraph: {
      type: 'website',
      url: localizedPath(options.locale, options.path),
      siteName: SITE_NAME,
      locale: OG_LOCALES[options.locale],
      title: socialTitle,
      description,
    },
    twitter: { card: 'summary', title: socialTitle, description },
  }
}
