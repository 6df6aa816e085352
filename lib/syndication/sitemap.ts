import type { TLocale } from '@/lib/i18n/locales'

import { languageAlternates } from './seo'
import { absoluteUrl, element, escapeXml, XML_DECLARATION } from './xml'

/** The sitemaps.org limit of URLs per file (and per index). */
export const SITEMAP_MAX_URLS = 50_000
/**
 * URLs per article chunk we serve. Below the limit on purpose: a chunk's rows are kept in Next's
 * data cache, which refuses entries over 2 MB (10,000 URLs are about 0.8 MB).
 */
export const SITEMAP_CHUNK_SIZE = 10_000
/** Google News reads at most this many URLs from one news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1_000
/** Google News only wants articles from the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

export type TSitemapUrl = {
  /** The page's zh-CN path (`/articles/a`): its `<loc>`. */
  path: string
  lastModified?: string
  /** The editions the page exists in, announced as `hreflang` alternates (itself included). */
  editions?: readonly TLocale[]
}

function alternateLinks(siteUrl: string, url: TSitemapUrl): string {
  if (!url.editions?.length) return ''
  return Object.entries(languageAlternates(url.path, url.editions))
    .map(
      ([hreflang, path]) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(absoluteUrl(siteUrl, path))}"/>`,
    )
    .join('')
}

export class SitemapTooLargeError extends Error {}

/**
 * A `<urlset>`, one `<url>` per page at its zh-CN address with its other editions as `hreflang`
 * alternates. Refuses more than 50,000 URLs rather than write a file search engines reject.
 */
export function buildUrlSet(siteUrl: string, urls: TSitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS)
    throw new SitemapTooLargeError(`${urls.length} URLs exceed ${SITEMAP_MAX_URLS} in one sitemap`)
  const entries = urls.map(
    (url) =>
      `<url>${element('loc', absoluteUrl(siteUrl, url.path))}${
        url.lastModified ? element('lastmod', new Date(url.lastModified).toISOString()) : ''
      }${alternateLinks(siteUrl, url)}</url>`,
  )
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
    ...entries,
    '</urlset>',
  ].join('\n')
}

/** A `<sitemapindex>` pointing at the chunk files. */
export function buildSitemapIndex(siteUrl: string, paths: string[]): string {
  const entries = paths.map(
    (path) => `<sitemap>${element('loc', absoluteUrl(siteUrl, path))}</sitemap>`,
  )
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries,
    '</sitemapindex>',
  ].join('\n')
}

/** How many chunk files `total` articles need (at least one, so the index is never empty). */
export const sitemapChunkCount = (total: number, size = SITEMAP_MAX_URLS) =>
  Math.max(1, Math.ceil(total / size))

export type TNewsItem = { slug: string; title: string; publishedAt: string }

/** A Google News sitemap: publication name and language, date and title per article. */
export function buildNewsSitemap(siteUrl: string, items: TNewsItem[]): string {
  const entries = items
    .slice(0, NEWS_SITEMAP_MAX_URLS)
    .map((item) =>
      [
        '<url>',
        element('loc', absoluteUrl(siteUrl, `/articles/${item.slug}`)),
        '<news:news><news:publication>',
        element('news:name', 'Newsroom'),
        element('news:language', 'zh-cn'),
        '</news:publication>',
        element('news:publication_date', new Date(item.publishedAt).toISOString()),
        element('news:title', item.title),
        '</news:news></url>',
      ].join(''),
    )
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${escapeXml(NEWS_NS)}">`,
    ...entries,
    '</urlset>',
  ].join('\n')
}
