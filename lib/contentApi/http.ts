import { createHash } from 'node:crypto'

import { tooManyRequestsHeaders, tooManyRequestsMessage } from '@/lib/rateLimit/tooManyRequests'

/**
 * How the content API answers over HTTP: JSON with an ETag, 304 on a matching If-None-Match, the
 * cache headers of who asked, CORS. Every refusal is `{ error }` and never cached.
 */

/** Anonymous reads: shared caches may keep an answer a second, like the portal's pages. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=10'
/** Keyed reads: the browser may keep them to revalidate, nobody shares them (keys are checked). */
export const KEYED_CACHE_CONTROL = 'private, no-cache'

export const API_KEY_HEADER = 'x-api-key'

/** The answer differs by key (limits, CORS), so a cache that honours Vary keeps them apart. */
const VARY = 'X-Api-Key, Origin'

export type TCaller = { kind: 'anonymous' } | { kind: 'key'; origin: string | null }

const corsHeaders = (caller: TCaller): Record<string, string> =>
  caller.kind === 'key' && caller.origin
    ? { 'Access-Control-Allow-Origin': caller.origin }
    : { 'Access-Control-Allow-Origin': '*' }

const EXPOSED = { 'Access-Control-Expose-Headers': 'ETag, Retry-After' }

/** A strong validator from the body's bytes: the same answer always has the same ETag. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * Whether If-None-Match names this ETag: a list (`"a", W/"b"`) or `*`; weak validators compare
 * by their value (RFC 9110's weak comparison, which If-None-Match uses).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => bare(tag) === bare(etag))
}

/** A 200 with its ETag, or a 304 when the client already holds it. */
export function okAnswer(request: Request, caller: TCaller, value: unknown): Response {
  const body = JSON.stringify(value)
  const etag = etagOf(body)
  const headers = {
    'Cache-Control': caller.kind === 'key' ? KEYED_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: VARY,
    ...corsHeaders(caller),
    ...EXPOSED,
  }
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  })
}

/** A refusal: `{ error }`, never stored by any cache. */
export function errorAnswer(
  caller: TCaller,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return Response.json(
    { error: message },
    {
      status,
      headers: {
        'Cache-Control': 'no-store',
        Vary: VARY,
        ...corsHeaders(caller),
        ...EXPOSED,
        ...extra,
      },
    },
  )
}

/** 429 with Retry-After and the wait in words, as every limit of the server says it. */
export function tooManyAnswer(caller: TCaller, retryAfterSeconds: number): Response {
  return Response.json(
    { error: tooManyRequestsMessage(retryAfterSeconds), retryAfterSeconds },
    {
      status: 429,
      headers: {
        Vary: VARY,
        ...corsHeaders(caller),
        ...EXPOSED,
        ...tooManyRequestsHeaders(retryAfterSeconds),
      },
    },
  )
}

/** A CORS preflight: the key is not sent on it, so the real request is where origins are checked. */
export function preflightAnswer(request: Request): Response {
  const origin = request.headers.get('origin')
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'X-Api-Key, If-None-Match',
      'Access-Control-Max-Age': '600',
      'Cache-Control': 'no-store',
      Vary: 'Origin',
    },
  })
}
