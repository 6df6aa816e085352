import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { splitLocalePath, type TLocale } from '@/lib/i18n/locales'

type TRequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown

/**
 * How an old article URL is answered: 301 Moved Permanently, the status search engines and
 * every client treat as "this page now lives there", with the reader's query string kept
 * (`?utm_source=…` still counts). Next's page redirects can only say 308 and know no query string
 * (the article page is the same for every query), so the article page asks Next for a 308 to the
 * new page (app/(frontend)/[edition]/articles/[slug]/page.tsx) and the production server turns
 * exactly that one into this, before the page cache and nginx see it.
 */
export const MOVED_STATUS = 301

/**
 * Shared caches may keep it (nginx's refresh listener stores it over the old page, docs/caching.md)
 * but browsers ask again: an old slug can become an article's own again.
 */
export const MOVED_CACHE_CONTROL = 'public, max-age=0, s-maxage=60'

const ARTICLE_PATH = /^\/articles\/([^/]+)$/

/** The edition and slug of an article page's path, or null. */
export function articlePathOf(pathname: string): { locale: TLocale; slug: string } | null {
  const { locale, path } = splitLocalePath(pathname)
  const match = ARTICLE_PATH.exec(path)
  return match ? { locale, slug: match[1]! } : null
}

/**
 * The 301's Location for a redirect Next answered to `requestUrl`, or null when the redirect is
 * not the article page's own (another edition's spelling of the page, a trailing slash: same
 * slug; anything that is not an article page of the same edition).
 */
export function movedLocation(requestUrl: string, location: string): string | null {
  const request = new URL(requestUrl, 'http://portal.invalid')
  const target = new URL(location, request)
  const from = articlePathOf(request.pathname)
  const to = articlePathOf(target.pathname)
  if (!from || !to || from.locale !== to.locale || from.slug === to.slug) return null
  return `${target.pathname}${target.search || request.search}`
}

/** Drops `names` from writeHead's headers argument (an object or a flat [name, value, …] list). */
function withoutHeaders(args: unknown[], names: readonly string[]): void {
  for (let index = 1; index < args.length; index += 1) {
    const headers = args[index]
    if (Array.isArray(headers)) {
      const kept: unknown[] = []
      for (let item = 0; item + 1 < headers.length; item += 2)
        if (!names.includes(String(headers[item]).toLowerCase()))
          kept.push(headers[item], headers[item + 1])
      args[index] = kept
    } else if (headers && typeof headers === 'object') {
      const copy: OutgoingHttpHeaders = { ...(headers as OutgoingHttpHeaders) }
      for (const name of Object.keys(copy))
        if (names.includes(name.toLowerCase())) delete copy[name]
      args[index] = copy
    }
  }
}

/** A header's first value: Next may set Location twice (the same URL), which Node sends as a list. */
const firstOf = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' || typeof first === 'number' ? String(first) : null
}

function locationIn(args: unknown[], response: ServerResponse): string | null {
  for (const headers of args.slice(1)) {
    if (Array.isArray(headers)) {
      for (let item = 0; item + 1 < headers.length; item += 2)
        if (String(headers[item]).toLowerCase() === 'location') return firstOf(headers[item + 1])
    } else if (headers && typeof headers === 'object') {
      for (const [name, value] of Object.entries(headers))
        if (name.toLowerCase() === 'location') return firstOf(value)
    }
  }
  return firstOf(response.getHeader('location'))
}

/**
 * Wraps Next's request handler: a GET or HEAD of an article page that Next answers with the
 * article page's own 308 leaves as a 301 to the same page, with the request's query string.
 * Every other answer passes untouched; the check costs nothing until Next writes a 308.
 */
export function withMovedArticles(handle: TRequestHandler): TRequestHandler {
  return (request, response) => {
    const url = request.url ?? '/'
    const method = request.method ?? 'GET'
    if ((method !== 'GET' && method !== 'HEAD') || !url.includes('/articles/'))
      return handle(request, response)
    const { writeHead } = response
    response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      const location = args[0] === 308 ? locationIn(args, this) : null
      const moved = location === null ? null : movedLocation(url, location)
      if (moved !== null) {
        args[0] = MOVED_STATUS
        if (typeof args[1] === 'string') args.splice(1, 1)
        // The page's own cache lifetime and validator do not describe a redirect.
        withoutHeaders(args, ['location', 'cache-control', 'refresh', 'etag'])
        for (const name of ['refresh', 'etag']) this.removeHeader(name)
        this.setHeader('location', moved)
        this.setHeader('cache-control', MOVED_CACHE_CONTROL)
      }
      return Reflect.apply(writeHead, this, args) as ServerResponse
    } as ServerResponse['writeHead']
    return handle(request, response)
  }
}
