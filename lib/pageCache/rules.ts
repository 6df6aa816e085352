import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'

import {
  EDITION_CHOICE_PATTERN,
  PERSONAL_COOKIE_PATTERN,
  PERSONAL_HEADERS,
  PERSONAL_PATH_SEGMENTS,
  PUBLIC_API_PATH_PATTERN,
  pathSegmentPattern,
} from '@/lib/cachePolicy'
import { EDITION_COOKIE } from '@/lib/i18n/editionCookie'

/**
 * Which requests the in-memory page cache may answer and which responses it may keep. What is
 * personal comes from lib/cachePolicy.ts, which nginx's micro-cache follows too: anything
 * personal, live or admin goes to Next. The response rule is the real safety net: only what the
 * app itself marks as shared-cacheable is ever stored, so a personal answer on an unexpected path
 * still cannot be served to someone else.
 */

/** Signed-in visitors and editors in draft mode see pages of their own. */
const PERSONAL_COOKIE = new RegExp(PERSONAL_COOKIE_PATTERN, 'i')

/** The bare home page of a reader who chose another edition: redirected, not served. */
const EDITION_CHOICE = new RegExp(EDITION_CHOICE_PATTERN, 'i')

/** One cookie's value from a Cookie header ('' when absent), as nginx's `$cookie_<name>` reads it. */
function cookieValue(cookieHeader: string | undefined, name: string): string {
  if (!cookieHeader) return ''
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=')
    if (separator !== -1 && pair.slice(0, separator).trim() === name)
      return pair.slice(separator + 1).trim()
  }
  return ''
}

/**
 * The personal paths, and Next's own files (/_next): Next serves its build files and optimised
 * images with long-lived headers of their own, and this cache is sized for pages.
 */
const BYPASS_PATH = new RegExp(pathSegmentPattern([...PERSONAL_PATH_SEGMENTS, '_next']), 'i')

/** The content API, public inside /api (lib/cachePolicy.ts). */
const PUBLIC_API_PATH = new RegExp(PUBLIC_API_PATH_PATTERN, 'i')

/**
 * Client-side navigations and prefetches ask for RSC payloads, which vary on these headers; a
 * range is part of a response; a personal header identifies the reader.
 */
const BYPASS_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'range',
  ...PERSONAL_HEADERS,
] as const

type TRequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders }

/**
 * The query parameters that change a public page (feed paging, 加载更多's scope and edition, the
 * 快讯 filter). A URL with any other (`?utm_source=…`, `?x=1`…) is the same page under a new key:
 * Next answers it from its own cache, which keys by path, and this cache does not keep a copy per
 * made-up query string.
 */
const PAGE_QUERY_PARAMETERS = new Set(['cursor', 'page', 'scope', 'locale', 'filter'])

/**
 * The content API's parameters (lib/contentApi/schemas/queries.ts): it answers any other with a
 * 400, which is never kept, so this only saves the look-up.
 */
const API_QUERY_PARAMETERS = new Set([
  'locale',
  'tag',
  'coin',
  'author',
  'since',
  'cursor',
  'limit',
  'include',
])

function hasOnlyParameters(url: string, allowed: ReadonlySet<string>): boolean {
  const query = url.indexOf('?')
  if (query === -1) return true
  for (const name of new URLSearchParams(url.slice(query + 1)).keys())
    if (!allowed.has(name)) return false
  return true
}

/** Decoded, with repeated slashes collapsed, so /%61pi/ and //api/ count as /api/. */
function normalisedPath(url: string): string | null {
  const path = url.split('?', 1)[0] ?? ''
  try {
    return decodeURIComponent(path).replace(/\/{2,}/g, '/')
  } catch {
    return null
  }
}

/**
 * The cache key for a request, or null when it must go to Next. Responses vary on the encoding
 * the client accepts (Next compresses), so the Accept-Encoding header is part of the key.
 */
export function pageCacheKey(request: TRequestLike): string | null {
  if (request.method !== 'GET' || !request.url?.startsWith('/')) return null
  const path = normalisedPath(request.url)
  if (path === null) return null
  const publicApi = PUBLIC_API_PATH.test(path)
  if (!publicApi && BYPASS_PATH.test(path)) return null
  if (!hasOnlyParameters(request.url, publicApi ? API_QUERY_PARAMETERS : PAGE_QUERY_PARAMETERS))
    return null
  const { headers } = request
  if (BYPASS_HEADERS.some((name) => headers[name] !== undefined)) return null
  if (headers.cookie && PERSONAL_COOKIE.test(headers.cookie)) return null
  if (EDITION_CHOICE.test(`${request.url}:${cookieValue(headers.cookie, EDITION_COOKIE)}`))
    return null
  // A hard reload (or a client that insists) asks caches to check with the origin: Next answers,
  // still from its own cache. The benchmark uses it to measure Next without this layer.
  if (/\bno-cache\b/i.test(headers['cache-control'] ?? '')) return null
  return `${request.url}\n${headers['accept-encoding'] ?? ''}`
}

const headerText = (value: OutgoingHttpHeaders[string]): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value)

/**
 * Whether a response may be kept for every reader: a 200 the app marked shared-cacheable
 * (Next's cached pages say `s-maxage=…`; `public` also counts) that sets no cookie.
 */
export function isShareableResponse(statusCode: number, headers: OutgoingHttpHeaders): boolean {
  if (statusCode !== 200 || headers['set-cookie'] !== undefined) return false
  const cacheControl = headerText(headers['cache-control']).toLowerCase()
  if (/(?:^|,)\s*(?:private|no-store|no-cache)\b/.test(cacheControl)) return false
  return /(?:^|,)\s*(?:s-maxage=[1-9]|public\b)/.test(cacheControl)
}
