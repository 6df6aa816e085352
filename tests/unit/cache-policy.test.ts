import { readFileSync } from 'node:fs'
import path from 'node:path'

import {
  EDITION_CHOICE_PATTERN,
  PERSONAL_COOKIE_PATTERN,
  PERSONAL_COOKIES,
  PERSONAL_HEADERS,
  PERSONAL_PATH_PATTERN,
  PERSONAL_PATH_SEGMENTS,
  PUBLIC_API_PATH_PATTERN,
} from '@/lib/cachePolicy'
import { EDITION_COOKIE } from '@/lib/i18n/editionCookie'
import { pageCacheKey } from '@/lib/pageCache/rules'

/**
 * Both shared caches bypass what lib/cachePolicy.ts calls personal. The page cache is built from
 * it; nginx's config is the file docker compose mounts as it is, so it is read here and held to
 * the policy: change the policy, and this fails until deploy/nginx.conf says the same.
 */

const NGINX_CONF = readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')

/** The config without its comments (none of the values compared here contains a `#`). */
const directives = NGINX_CONF.replace(/#[^\n]*/g, '')

const escapeDollar = (text: string) => text.replace(/[$]/g, '\\$')

/** nginx's variable for a request header: `$http_` and the name with dashes as underscores. */
const headerVariable = (header: string) => `$http_${header.toLowerCase().replace(/-/g, '_')}`

/** The one `map <source> <variable> { … }`: the variable it sets and its entries as written. */
function mapReading(source: string): { variable: string; entries: [string, string][] } {
  const blocks = [
    ...directives.matchAll(
      new RegExp(`map\\s+${escapeDollar(source)}\\s+(\\$\\w+)\\s*\\{([^}]*)\\}`, 'g'),
    ),
  ]
  if (blocks.length !== 1)
    throw new Error(`deploy/nginx.conf: expected one map reading ${source}, found ${blocks.length}`)
  const [, variable = '', body = ''] = blocks[0]!
  // A key may be a quoted pattern holding `;`, so entries are read as `key value;` pairs.
  const entries = [...body.matchAll(/("(?:[^"\\]|\\.)*"|[^\s;"]+)\s+([^\s;]+)\s*;/g)].map(
    ([, key = '', value = '']): [string, string] => [key, value],
  )
  return { variable, entries }
}

/** The arguments of every `<directive> …;` in the config, one list per occurrence. */
function directiveArguments(directive: string): string[][] {
  const pattern = new RegExp(`(?:^|\\s)${directive}\\s+([^;]+);`, 'g')
  return [...directives.matchAll(pattern)].map((match) => match[1]!.trim().split(/\s+/))
}

describe('deploy/nginx.conf bypasses what lib/cachePolicy.ts calls personal', () => {
  const cookies = mapReading('$http_cookie')
  const paths = mapReading('$uri')
  const editionChoice = mapReading('"$request_uri:$cookie_newsroom_edition"')
  const headers = PERSONAL_HEADERS.map((header) => mapReading(headerVariable(header)))

  test('the personal cookies', () => {
    expect(cookies.entries).toEqual([
      ['default', '0'],
      [`"~*${PERSONAL_COOKIE_PATTERN}"`, '1'],
    ])
  })

  test('the personal paths, after the public content API', () => {
    expect(paths.entries).toEqual([
      ['default', '0'],
      [`"~*${PUBLIC_API_PATH_PATTERN}"`, '0'],
      [`"~*${PERSONAL_PATH_PATTERN}"`, '1'],
    ])
  })

  test('the bare home page of a reader who chose another edition', () => {
    expect(editionChoice.entries).toEqual([
      ['default', '0'],
      [`"~*${EDITION_CHOICE_PATTERN}"`, '1'],
    ])
  })

  test.each(PERSONAL_HEADERS)('the %s header, whatever its value', (header) => {
    expect(mapReading(headerVariable(header)).entries).toEqual([
      ['""', '0'],
      ['default', '1'],
    ])
  })

  test('every one of them skips the cache on the public listener and is never stored', () => {
    const flags = [cookies, paths, editionChoice, ...headers].map((map) => map.variable)
    const coversAll = (list: string[]) => flags.every((flag) => list.includes(flag))
    expect(directiveArguments('proxy_cache_bypass').filter(coversAll)).toHaveLength(1)
    expect(directiveArguments('proxy_no_cache').filter(coversAll)).toHaveLength(1)
  })
})

describe('the page cache bypasses what lib/cachePolicy.ts calls personal', () => {
  const get = (url: string, headers: Record<string, string> = {}) => ({
    method: 'GET',
    url,
    headers,
  })

  test.each(PERSONAL_COOKIES)('the %s cookie', (name) => {
    expect(pageCacheKey(get('/', { cookie: `theme=dark; ${name}=1` }))).toBeNull()
  })

  test.each(PERSONAL_PATH_SEGMENTS)('/%s, in every edition', (segment) => {
    expect(pageCacheKey(get(`/${segment}`))).toBeNull()
    expect(pageCacheKey(get(`/${segment.toUpperCase()}/x`))).toBeNull()
    expect(pageCacheKey(get(`/zh-tw/${segment}`))).toBeNull()
    expect(pageCacheKey(get(`/en/${segment}/x`))).toBeNull()
  })

  test('the bare home page only, for a reader who chose zh-TW or English', () => {
    const cookie = (value: string) => ({ cookie: `theme=dark; ${EDITION_COOKIE}=${value}` })
    expect(pageCacheKey(get('/', cookie('en')))).toBeNull()
    expect(pageCacheKey(get('/', cookie('zh-TW')))).toBeNull()
    // Other pages, and zh-CN's own choice, stay shared.
    expect(pageCacheKey(get('/', cookie('zh-CN')))).not.toBeNull()
    expect(pageCacheKey(get('/en', cookie('en')))).not.toBeNull()
    expect(pageCacheKey(get('/articles/a', cookie('en')))).not.toBeNull()
    expect(pageCacheKey(get('/?cursor=1', cookie('en')))).not.toBeNull()
  })

  test.each(PERSONAL_HEADERS)('the %s header', (header) => {
    expect(pageCacheKey(get('/', { [header]: 'x' }))).toBeNull()
    expect(pageCacheKey(get('/api/v1/articles', { [header]: 'x' }))).toBeNull()
  })
})

describe('the content API (/api/v1): anonymous reads cached, keyed ones and the rest of /api not', () => {
  const get = (url: string, headers: Record<string, string> = {}) => ({
    method: 'GET',
    url,
    headers,
  })

  test.each([
    '/api/v1/articles',
    '/api/v1/articles?tag=defi&limit=5&cursor=abc-1&locale=en',
    '/api/v1/articles/some-slug?include=lexical',
    '/api/v1/coins/bitcoin',
    '/API/V1/flashes',
  ])('%s is kept for anonymous callers', (url) => {
    expect(pageCacheKey(get(url))).not.toBeNull()
  })

  test.each([
    ['a key', get('/api/v1/articles', { 'x-api-key': 'nrk_x' })],
    ['a login cookie', get('/api/v1/articles', { cookie: 'payload-token=1' })],
    ['an unknown parameter', get('/api/v1/articles?utm_source=x')],
    ['a write', { ...get('/api/v1/articles'), method: 'POST' }],
    ['the rest of /api', get('/api/articles')],
    ['an API of no version', get('/api/v1')],
    ['another version', get('/api/v2/articles')],
    ['Payload REST that looks alike', get('/api/users/me')],
    ['an edition prefix', get('/en/api/v1/articles')],
  ])('%s is not', (_what, request) => {
    expect(pageCacheKey(request)).toBeNull()
  })
})
