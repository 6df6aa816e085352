import type { Article } from '@/payload-types'
import type { TBylineCredit } from '@/lib/authors/credits'
import { absoluteUrl } from '@/lib/syndication/xml'
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/syndication/jsonLd'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { LOGO_PATH } from '@/lib/syndication/seo'
import { imageOf, tagRefOf } from '@/lib/queries/cards'

/** schema.org NewsArticle for search engines; the serializer keeps `</script>` out of the JSON. */
export function ArticleJsonLd({
  article,
  siteUrl,
  locale,
  credits,
}: {
  article: Article
  siteUrl: string
  locale: TLocale
  /** The byline's names in order, with their author pages (lib/authors/credits.ts). */
  credits: TBylineCredit[]
}) {
  const cover = imageOf(article.cover, 'article')
  const data = newsArticleJsonLd({
    siteUrl,
    url: absoluteUrl(siteUrl, localizedPath(locale, `/articles/${article.slug}`)),
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt ?? null,
    dateModified: article.updatedAt,
    authors: credits.map((credit) => ({
      name: credit.name,
      url: credit.slug
        ? absoluteUrl(siteUrl, localizedPath(locale, `/authors/${credit.slug}`))
        : null,
    })),
    images: cover ? [absoluteUrl(siteUrl, cover.url)] : [],
    logoUrl: absoluteUrl(siteUrl, LOGO_PATH),
    inLanguage: locale,
    keywords: (article.tags ?? []).map(tagRefOf).flatMap((tag) => (tag ? [tag.name] : [])),
  })
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
