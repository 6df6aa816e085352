/**
 * JSON-LD for a `<script type="application/ld+json">`. The HTML parser ends a script at the first
 * `</script`, whatever the JSON means, so `<` (and `>`, `&`, and the line separators that break
 * old JavaScript parsers) become \u escapes: still the same JSON, never markup.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export type TNewsArticleInput = {
  siteUrl: string
  url: string
  headline: string
  description: string
  datePublished: string | null
  dateModified: string
  /**
   * The byline's names in order, each with its author page's absolute URL when it has one
   * (lib/authors/credits.ts); none: the publication.
   */
  authors: { name: string; url?: string | null }[]
  /** Absolute image URLs. */
  images: string[]
  logoUrl: string
  keywords: string[]
  /** The edition's language tag (zh-CN, zh-TW, en). */
  inLanguage: string
}

/** schema.org NewsArticle with the fields Google's article rich results read. */
export function newsArticleJsonLd(input: TNewsArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: input.inLanguage,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    dateModified: input.dateModified,
    ...(input.images.length ? { image: input.images } : {}),
    author: (input.authors.length ? input.authors : [{ name: 'Newsroom' }]).map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
    })),
    publisher: {
      '@type': 'Organization',
      name: 'Newsroom',
      url: input.siteUrl,
      logo: { '@type': 'ImageObject', url: input.logoUrl },
    },
    ...(input.keywords.length ? { keywords: input.keywords.join(',') } : {}),
  }
}

export type TPersonInput = {
  name: string
  /** The author page's absolute URL. */
  url: string
  description: string | null
  /** The avatar's absolute URL. */
  image: string | null
}

/** schema.org Person of an author page: public profile fields only. */
export function personJsonLd(input: TPersonInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: input.name,
    url: input.url,
    mainEntityOfPage: { '@type': 'ProfilePage', '@id': input.url },
    ...(input.description ? { description: input.description } : {}),
    ...(input.image ? { image: input.image } : {}),
  }
}
