/**
 * The n-th request of a run: its route is the n-th of ROTATION in turn (so every route gets its
 * share), the rest is drawn from a generator seeded with the run's seed and n, so any request can
 * be made again from those two numbers alone.
 */
import { between, pick, seededRandom, type TRandom } from '@/scripts/largeDataset/random'

import {
  brokenJsonBody,
  jsonBody,
  multipartBody,
  MULTIPART_BREAKAGES,
  withAnyContentType,
  type TBody,
} from './bodies'
import { headerValue, urlPart } from './encode'
import { graphqlBody, graphqlQueryText } from './graphql'
import { ROTATION, type TMethod, type TRoute } from './routes'
import { serverActionPost, type TActionForm } from './serverActions'
import {
  NOSQL_OPERATORS,
  NOSQL_QUERY_SUFFIXES,
  ODD_JSON_VALUES,
  ODD_TEXT,
  ODD_UNICODE,
  TRAVERSAL,
} from './values'

export const FAMILIES = [
  'oddValues',
  'nosql',
  'unicode',
  'traversal',
  'brokenJson',
  'wrongMethod',
  'multipart',
  'formPost',
  'graphql',
  'headers',
] as const

export type TFamily = (typeof FAMILIES)[number]

/** What the fuzzer learned from the running site before it started. */
export type TFuzzSite = {
  origin: string
  /** Real values for the `{name}` placeholders of routes.ts. */
  known: Record<'articleId' | 'slug' | 'tag' | 'file', string>
  /** The login and register forms' hidden fields. */
  forms: Record<string, TActionForm>
}

export type TFuzzRequest = {
  index: number
  family: TFamily
  route: TRoute
  method: string
  /** As sent: raw, possibly not valid UTF-8 once decoded. */
  path: string
  headers: Record<string, string>
  body: Buffer | null
  /** Send the fuzzing reader's login cookie. */
  asReader: boolean
}

const MAX_PATH_CHARACTERS = 8_000
const BODY_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE']
const ALL_METHODS: readonly string[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'PROPFIND',
  'TRACE',
  'FOO',
]

/**
 * Every four requests speak for another client (the server trusts X-Forwarded-For from loopback
 * in a fuzz run), so the rate limits slow a client down now and then but hide no route.
 */
const clientAddress = (index: number) => {
  const client = Math.floor(index / 4) + 1
  return `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`
}

/** Any family anywhere; the forms get mostly form posts and GraphQL mostly GraphQL bodies. */
function familyFor(random: TRandom, route: TRoute): TFamily {
  if (route.kind === 'form' && random() < 0.5) return 'formPost'
  if (route.kind === 'graphql' && random() < 0.5) return 'graphql'
  return pick(random, FAMILIES)
}

/** A seed per request from the run's seed and the request's number. */
const requestSeed = (seed: number, index: number) => (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0

function badText(random: TRandom, family: TFamily): string {
  if (family === 'nosql') return JSON.stringify(pick(random, NOSQL_OPERATORS))
  if (family === 'unicode') return pick(random, ODD_UNICODE)
  if (family === 'traversal') return pick(random, TRAVERSAL)
  if (family === 'oddValues') return pick(random, ODD_TEXT)
  return pick(random, pick(random, [ODD_TEXT, ODD_UNICODE, TRAVERSAL]))
}

function badJson(random: TRandom, family: TFamily): unknown {
  if (family === 'nosql') return pick(random, NOSQL_OPERATORS)
  if (family === 'oddValues' || random() < 0.4) return pick(random, ODD_JSON_VALUES)
  return badText(random, family)
}

function fillPath(random: TRandom, template: string, site: TFuzzSite, family: TFamily): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const known = site.known[name as keyof TFuzzSite['known']]
    if (known !== undefined && random() < 0.5) return known
    return urlPart(random, badText(random, family), 'path')
  })
}

function queryString(random: TRandom, route: TRoute, family: TFamily): string {
  const names = [...(route.params ?? []), pick(random, ['where', 'limit', 'depth', 'locale', 'x'])]
  const pairs: string[] = []
  for (const name of names) {
    if (random() < 0.4) continue
    if (family === 'nosql') {
      const field = pick(random, [...(route.fields ?? []), 'id', 'email', '_status'])
      const key = name === 'where' ? `where[${field}]` : name
      pairs.push(`${key}${pick(random, NOSQL_QUERY_SUFFIXES)}`)
    } else {
      pairs.push(`${name}=${urlPart(random, badText(random, family), 'query')}`)
    }
  }
  if (random() < 0.15) pairs.push(`${urlPart(random, badText(random, family), 'query')}=1`)
  return pairs.length ? `?${pairs.join('&')}` : ''
}

function chooseMethod(random: TRandom, route: TRoute, family: TFamily): string {
  if (family === 'wrongMethod') {
    const wrong = ALL_METHODS.filter((method) => !route.methods.includes(method as TMethod))
    return pick(random, wrong)
  }
  const wantsBody =
    ['brokenJson', 'multipart', 'formPost', 'graphql'].includes(family) || random() < 0.5
  const withBody = route.methods.filter((method) => BODY_METHODS.includes(method))
  if (wantsBody) return withBody.length ? pick(random, withBody) : 'POST'
  return pick(random, route.methods)
}

const fieldsOf = (random: TRandom, route: TRoute, family: TFamily): [string, string][] =>
  (route.fields ?? ['email', 'password']).map((name) => [name, badText(random, family)])

function jsonFieldsBody(random: TRandom, route: TRoute, family: TFamily): TBody {
  if (random() < 0.3) return jsonBody(badJson(random, family))
  const body: Record<string, unknown> = {}
  for (const field of route.fields ?? ['id'])
    if (random() < 0.6) body[field] = badJson(random, family)
  if (random() < 0.2) body[badText(random, family).slice(0, 200)] = badJson(random, family)
  const encoded = jsonBody(body)
  return random() < 0.15 ? withAnyContentType(random, encoded) : encoded
}

function uploadFile(random: TRandom, family: TFamily) {
  return {
    name: pick(random, ['file', 'files', '_payload', badText(random, family).slice(0, 100)]),
    filename: badText(random, family).slice(0, 300).replace(/"/g, ''),
    type: pick(random, ['image/png', 'image/svg+xml', 'text/html', 'application/x-sh', '../']),
    bytes: Buffer.from(
      pick(random, ['\x89PNG\r\n\x1a\n', '<svg onload="alert(1)"/>', '#!/bin/sh', '']),
    ),
  }
}

const ODD_HEADERS: ((text: string) => [string, string])[] = [
  (text) => ['cookie', `payload-token=${text}`],
  () => ['cookie', 'payload-token=eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl'],
  () => ['cookie', `a=${'b'.repeat(6000)}`],
  () => ['cookie', '__prerender_bypass=1; payload-token=1; payload-token=2'],
  (text) => ['accept-language', text],
  (text) => ['content-type', text],
  () => ['range', 'bytes=99999999999-'],
  () => ['range', 'bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9'],
  (text) => ['if-none-match', text],
  (text) => ['if-modified-since', text],
  () => ['x-forwarded-host', 'evil.example'],
  () => ['x-forwarded-proto', 'gopher'],
  () => ['host', 'evil.example'],
  () => ['rsc', '1'],
  () => ['next-router-prefetch', '1'],
  (text) => ['next-url', text],
  (text) => ['next-router-state-tree', text],
  () => ['accept', 'text/x-component'],
  () => ['x-middleware-subrequest', 'middleware:middleware:middleware:middleware:middleware'],
  () => ['x-http-method-override', 'DELETE'],
  (text) => ['authorization', `JWT ${text}`],
  (text) => ['authorization', `users API-Key ${text}`],
  () => ['accept-encoding', 'br;q=1e999, gzip;q=-1, *;q=NaN'],
  () => ['content-encoding', 'gzip'],
]

function requestBody(random: TRandom, request: Omit<TFuzzRequest, 'body'>, site: TFuzzSite): TBody {
  const { route, family } = request
  if (family === 'brokenJson') return brokenJsonBody(random)
  if (family === 'graphql') return graphqlBody(random, badJson(random, family))
  if (family === 'multipart') {
    const breakage = pick(random, MULTIPART_BREAKAGES)
    const file = random() < 0.4 ? uploadFile(random, family) : undefined
    return multipartBody(fieldsOf(random, route, family), { breakage, file })
  }
  if (family === 'formPost') {
    const form = site.forms[route.path] ?? pick(random, Object.values(site.forms))
    const post = serverActionPost(random, {
      form,
      fields: fieldsOf(random, route, family),
      origin: site.origin,
      badText: badText(random, pick(random, ['oddValues', 'unicode', 'nosql'] as const)),
    })
    Object.assign(request.headers, post.headers)
    return post.body
  }
  return jsonFieldsBody(random, route, family)
}

/** The request number `index` of the run with `seed`. */
export function fuzzRequest(seed: number, index: number, site: TFuzzSite): TFuzzRequest {
  const random = seededRandom(requestSeed(seed, index))
  const route = ROTATION[index % ROTATION.length]!
  const family = familyFor(random, route)
  const method = chooseMethod(random, route, family)
  let path = fillPath(random, route.path, site, family) + queryString(random, route, family)
  if (route.kind === 'graphql' && method === 'GET') {
    path = `${route.path}?query=${urlPart(random, graphqlQueryText(random, badJson(random, family)), 'query')}`
  }
  // Past Node's 16 KB of request head the server answers 431 without reaching the app.
  path = path.slice(0, MAX_PATH_CHARACTERS)
  const headers: Record<string, string> = { 'x-forwarded-for': clientAddress(index) }
  if (family === 'headers') {
    for (let i = between(random, 1, 3); i > 0; i--) {
      const [name, value] = pick(random, ODD_HEADERS)(badText(random, 'unicode'))
      headers[name] = headerValue(value)
    }
  }
  const asReader = Boolean(route.asReader) && random() < 0.5
  const request: TFuzzRequest = {
    index,
    family,
    route,
    method,
    path,
    headers,
    body: null,
    asReader,
  }
  // Node's parser refuses a request line with raw bytes over 0x7f (400, connection closed) before
  // it reads a body, and a body still being sent then meets a reset instead of that answer.
  const rawBytesInPath = /[\u0080-\u00ff]/.test(path)
  const wantsBody = BODY_METHODS.includes(method) || (method === 'GET' && random() < 0.03)
  if (wantsBody && !rawBytesInPath) {
    const body = requestBody(random, request, site)
    request.body = body.bytes
    if (body.contentType && !('content-type' in headers)) headers['content-type'] = body.contentType
  }
  return request
}
