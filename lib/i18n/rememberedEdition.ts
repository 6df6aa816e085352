import { EDITION_CHOICE_PATTERN } from '@/lib/cachePolicy'
import { DEFAULT_LOCALE, LOCALES, localizedPath } from './locales'

/** Crawlers are never redirected: each edition's home page is indexed at its own URL. */
const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|lighthouse/i

const EDITION_CHOICE = new RegExp(EDITION_CHOICE_PATTERN, 'i')

export type TEditionRequest = {
  method: string
  /** Path and query as sent (`/`, `/?cursor=…`). */
  pathAndQuery: string
  /** The value of EDITION_COOKIE (lib/i18n/editionCookie.ts), if any. */
  editionCookie: string | undefined
  userAgent: string | null
}

/**
 * Where the bare home page sends a reader who chose another edition with the switcher (`/en`), or
 * null: every other request, a crawler, or a choice of zh-CN. The same test as the shared caches'
 * bypass (lib/cachePolicy.ts), so the requests redirected here are exactly those they let through.
 */
export function rememberedEditionRedirect(request: TEditionRequest): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const choice = (request.editionCookie ?? '').toLowerCase()
  if (!EDITION_CHOICE.test(`${request.pathAndQuery}:${choice}`)) return null
  if (CRAWLER.test(request.userAgent ?? '')) return null
  const locale = LOCALES.find((candidate) => candidate.toLowerCase() === choice)
  return locale && locale !== DEFAULT_LOCALE ? localizedPath(locale, '/') : null
}
