import type { Metadata } from 'next'

import { flashHeadline } from '@/lib/flash/headline'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TFlashItem, TFlashSeo } from '@/lib/queries/findFlashes'
import { OG_LOCALES, pageAlternates, SITE_NAME } from './seo'

/**
 * A 快讯 permalink's metadata: the editor's 搜索与分享 override (collections/fields/seo.ts) where
 * written, else the headline (with 快讯 after it) and the text; a share image only when one was
 * chosen (a 快讯 has no picture of its own).
 */
export function flashMetadata({
  flash,
  seo,
  locale,
  editions,
}: {
  flash: TFlashItem
  seo: TFlashSeo | null
  locale: TLocale
  editions: readonly TLocale[]
}): Metadata {
  const messages = messagesFor(locale)
  const path = `/flash/${flash.id}`
  const title = seo?.title || flashHeadline(flash)
  const description = seo?.description || flash.text
  const image = seo?.image ?? null
  const images = image
    ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }]
    : undefined
  return {
    title: seo?.title ? title : `${title} · ${messages.flash.title}`,
    description,
    alternates: pageAlternates({ locale, path, editions }),
    openGraph: {
      type: 'article',
      url: localizedPath(locale, path),
      siteName: SITE_NAME,
      locale: OG_LOCALES[locale],
      title,
      description,
      publishedTime: flash.publishedAt ?? undefined,
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images },
  }
}
