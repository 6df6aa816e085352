import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { personJsonLd, serializeJsonLd } from '@/lib/syndication/jsonLd'
import type { TAuthorProfile } from '@/lib/queries/findAuthors'
import { absoluteUrl } from '@/lib/syndication/xml'

/** schema.org Person of an author page; the serializer keeps `</script>` out of the JSON. */
export function AuthorJsonLd({
  author,
  siteUrl,
  locale,
}: {
  author: TAuthorProfile
  siteUrl: string
  locale: TLocale
}) {
  const data = personJsonLd({
    name: author.name,
    url: absoluteUrl(siteUrl, localizedPath(locale, `/authors/${author.slug}`)),
    description: author.bio,
    image: author.avatar ? absoluteUrl(siteUrl, author.avatar.url) : null,
  })
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
