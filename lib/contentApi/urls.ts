import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/syndication/xml'

/** The portal's address of a path in an edition, absolute from SITE_URL (`/zh-tw/articles/a`). */
export const portalUrl = (siteUrl: string, locale: TLocale, path: string): string =>
  absoluteUrl(siteUrl, localizedPath(locale, path))

/** Payload prefixes our own uploads with its serverURL (empty in development): SITE_URL's instead. */
const LOCAL_MEDIA = /^https?:\/\/[^/]+(?=\/api\/media\/)/

/** A media URL as the API gives it: absolute, our own files under SITE_URL. */
export function mediaUrl(siteUrl: string, url: string | null | undefined): string | null {
  if (!url) return null
  const path = url.replace(LOCAL_MEDIA, '')
  return path.startsWith('/') ? absoluteUrl(siteUrl, path) : /^https?:\/\//.test(path) ? path : null
}

const segment = (value: string) => encodeURIComponent(value)

export const articlePath = (slug: string) => `/articles/${segment(slug)}`
export const tagPath = (slug: string) => `/tag/${segment(slug)}`
export const coinPath = (marketDataId: string) => `/coins/${segment(marketDataId)}`
export const flashPath = (id: string) => `/flash/${segment(id)}`
