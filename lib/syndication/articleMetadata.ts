import type { Metadata } from 'next'

import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { imageOf, tagRefOf } from '@/lib/queries/cards'
import type { Article } from '@/payload-types'
import { OG_LOCALES, pageAlternates, SITE_NAME } from './seo'

type TSeoSource = Pick<Article, 'title' | 'summary' | 'cover' | 'meta'>

/**
 * What search results and share cards show for an article: the editor's 搜索与分享 override
 * (collections/fields/seo.ts) where written, else the article's own title, summary and cover.
 */
export function articleSeo(article: TSeoSource) {
  const meta = article.meta ?? {}
  return {
    title: meta.title?.trim() || article.title,
    description: meta.description?.trim() || article.summary,
    image: imageOf(meta.image, 'article') ?? imageOf(article.cover, 'article'),
  }
}

/**
 * An article page's metadata: `<title>`, description, canonical and edition links, Open Graph and
 * the Twitter card. Relative URLs are made absolute by the layout's metadataBase (SITE_URL).
 */
export function articleMetadata({
  article,
  locale,
  editions,
}: {
  article: TSeoSource & Pick<Article, 'slug' | 'publishedAt' | 'updatedAt' | 'tags'>
  locale: TLocale
  /** The editions the article has a page in. */
  editions: readonly TLocale[]
}): Metadata {
  const { title, description, image } = articleSeo(article)
  const path = `/articles/${article.slug}`
  const images = image
    ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }]
    : undefined
  return {
    title,
    description,
    alternates: pageAlternates({ locale, path, editions }),
    openGraph: {
      type: 'article',
      url: localizedPath(locale, path),
      siteName: SITE_NAME,
      locale: OG_LOCALES[locale],
      title,
      description,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      tags: (article.tags ?? []).map(tagRefOf).flatMap((tag) => (tag ? [tag.name] : [])),
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}
