import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'

/**
 * Which requests the in-memory page cache may answer and which responses it may keep. The rules
 * mirror deploy/nginx.conf's micro-cache: anything personal, live or admin goes to Next. The
 * response rule is the real safety net: only what the app itself marks as shared-cacheable is
 * ever stored, so a personal answer on an unexpected path still cannot be served to someone else.
 */

/** Signed-in visitors (Payload's cookie) and editors in draft mode see pages of their own. */
const PERSONAL_COOKIE = /(?:^|[;,]\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/i

/** Payload's REST/GraphQL and personal JSON, the admin, draft preview, signed-in pages, Next's files. */
const BYPASS_PATH = /^\/(?:api|admin|preview|account|watchlist|login|register|_next)(?:\/|$)/i

/** Client-side navigations and prefetches ask for RSC payloads, which vary on these headers. */
const VARYING_REQUEST_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'authorization',
  'range',
] as const

type TRequestLike = { method?: string; url?: string; headers: IncomingHttpHeaders }

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
  if (path === null || BYPASS_PATH.test(path)) return null
  const { headers } = request
  if (VARYING_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null
  if (headers.cookie && PERSONAL_COOKIE.test(headers.cookie)) return null
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
