import type { Article } from '@/payload-types'
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
  authorPath,
}: {
  article: Article
  siteUrl: string
  locale: TLocale
  /** The byline's author page in the edition, when it has one. */
  authorPath?: string | null
}) {
  const cover = imageOf(article.cover, 'article')
  const data = newsArticleJsonLd({
    siteUrl,
    url: absoluteUrl(siteUrl, localizedPath(locale, `/articles/${article.slug}`)),
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt ?? null,
    dateModified: article.updatedAt,
    author: article.byline ?? null,
    authorUrl: authorPath ? absoluteUrl(siteUrl, authorPath) : null,
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
