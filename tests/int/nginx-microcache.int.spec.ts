/**
 * The edge micro-cache (deploy/nginx.conf) as readers meet it: real nginx, started by
 * deploy/startNginx with the compose file's config, in front of a tiny HTTP origin that counts the
 * requests reaching it. Every test uses its own URLs, so cached copies never cross tests.
 *
 * Without nginx on the machine the file is skipped with a message, so `npm run test:fast` runs
 * anywhere; under CI (CI=true) it runs regardless, and fails with how to install nginx.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { findNginxBinary, startNginx, type TNginx } from '@/deploy/startNginx'
import { PERSONAL_COOKIES } from '@/lib/cachePolicy'
import { API_KEY_HEADER, PUBLIC_CACHE_CONTROL } from '@/lib/contentApi/http'
import { refreshEdgePaths } from '@/lib/edge/refresh'
import { MOVED_CACHE_CONTROL, MOVED_STATUS } from '@/lib/redirects/movedArticles'

type TRoute = {
  /** Part of every body, so a test can tell an old copy from a new one. */
  version?: string
  status?: number
  delayMs?: number
  cacheControl?: string
  location?: string
}

type THit = { url: string; method: string; headers: http.IncomingHttpHeaders; at: number }

/** The stand-in app. Signed-in requests get a personal body; `x-test-set-cookie` sets a cookie. */
function startOrigin() {
  const routes = new Map<string, TRoute>()
  const hits: THit[] = []
  const server = http.createServer(async (request, response) => {
    for await (const _chunk of request) void _chunk
    const url = request.url ?? '/'
    hits.push({ url, method: request.method ?? 'GET', headers: request.headers, at: Date.now() })
    const route = routes.get(url) ?? {}
    if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs))
    const token = /payload-token=([^;]+)/.exec(request.headers.cookie ?? '')?.[1]
    const cookie = request.headers['x-test-set-cookie']
    if (typeof cookie === 'string')
      response.setHeader('Set-Cookie', `session=${cookie}; Path=/; HttpOnly`)
    // Like Next's cached pages: a year for shared caches, which the edge must not honour, and
    // Next's Vary (its compression adds Accept-Encoding whatever the request asked for).
    response.setHeader('Cache-Control', route.cacheControl ?? 'public, s-maxage=31536000')
    response.setHeader(
      'Vary',
      'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
    )
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (route.location) response.setHeader('Location', route.location)
    response.statusCode = route.status ?? 200
    const who = token
      ? `signed in as ${token}`
      : typeof cookie === 'string'
        ? `for ${cookie}`
        : 'anyone'
    const encoding = request.headers['accept-encoding'] ?? 'identity'
    response.end(
      `${route.version ?? 'v1'} ${request.method} ${url} for ${who} #${hits.length} (${encoding})`,
    )
  })
  return {
    routes,
    hits,
    hitsOf: (url: string) => hits.filter((hit) => hit.url === url),
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type TOrigin = ReturnType<typeof startOrigin>
type TAnswer = { status: number; cache: string | null; body: string; cookies: string[] }

let origin: TOrigin
let nginx: TNginx

async function get(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<TAnswer> {
  const response = await fetch(`${nginx.baseUrl}${url}`, { redirect: 'manual', ...init })
  return {
    status: response.status,
    cache: response.headers.get('x-cache-status'),
    body: await response.text(),
    cookies: response.headers.getSetCookie(),
  }
}

/**
 * A GET through node:http, which (unlike fetch) sends exactly the headers given, Host included,
 * and the path exactly as written: `base` is the public listener (a reader) or the refresh
 * listener (the app).
 */
function rawGet(
  base: string,
  url: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<TAnswer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const request = http.request(
      // The path as given (a URL would resolve `/a/../b` and `%2e%2e` before sending).
      {
        hostname,
        port,
        path: url,
        method,
        headers: { host: new URL(nginx.baseUrl).host, ...headers },
        agent: false,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => {
          const cache = response.headers['x-cache-status']
          resolve({
            status: response.statusCode ?? 0,
            cache: typeof cache === 'string' ? cache : null,
            body,
            cookies: response.headers['set-cookie'] ?? [],
          })
        })
      },
    )
    request.on('error', reject)
    request.end()
  })
}

/** What the app's lib/edge does for one path and encoding: a GET on the refresh listener. */
const refresh = (url: string, headers: Record<string, string> = {}) =>
  rawGet(nginx.refreshUrl, url, { headers: { 'accept-encoding': 'gzip', ...headers } })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const nginxMissing = await findNginxBinary().then(
  () => null,
  (error: Error) => error.message,
)
const skipWithoutNginx = nginxMissing !== null && process.env.CI !== 'true'
if (skipWithoutNginx)
  console.warn(`edge micro-cache tests skipped: ${nginxMissing} (with CI=true they run, and fail)`)
const describeWithNginx = skipWithoutNginx ? describe.skip : describe

beforeAll(async () => {
  if (skipWithoutNginx) return
  origin = startOrigin()
  const upstream = await origin.listen()
  nginx = await startNginx({ upstream, listenPort: 0 })
})
afterAll(async () => {
  await nginx?.stop()
  await origin?.close()
})

describeWithNginx('anonymous page views', () => {
  test('50 concurrent GETs of one page reach the app once (cache lock)', async () => {
    origin.routes.set('/articles/burst', { delayMs: 300 })
    const answers = await Promise.all(Array.from({ length: 50 }, () => get('/articles/burst')))

    expect(origin.hitsOf('/articles/burst')).toHaveLength(1)
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
    const statuses = answers.map((answer) => answer.cache)
    expect(statuses.filter((status) => status === 'MISS')).toHaveLength(1)
    expect(statuses.filter((status) => status === 'HIT')).toHaveLength(49)
  })

  test('a copy is served for at least 1 s, then refreshed: the newer content follows within ~2 s', async () => {
    const url = '/articles/fresh'
    const first = await get(url)
    expect(first).toMatchObject({ status: 200, cache: 'MISS' })
    expect(first.body).toMatch(/^v1 /)
    const storedAt = origin.hitsOf(url)[0]!.at
    origin.routes.set(url, { version: 'v2' })
    const changedAt = Date.now()

    // Read continuously, as a busy page is, until the newer version shows up.
    const seen: (TAnswer & { at: number })[] = []
    while (Date.now() - changedAt < 6_000) {
      const answer = await get(url)
      seen.push({ ...answer, at: Date.now() })
      if (answer.body.startsWith('v2 ')) break
      await sleep(50)
    }
    const firstNew = seen.findIndex((answer) => answer.body.startsWith('v2 '))
    expect(firstNew).toBeGreaterThan(0)
    const refreshes = origin.hitsOf(url)
    expect(refreshes).toHaveLength(2)

    // Not refreshed before 1 s: nginx's TTL counts whole seconds, so a copy lives 1 to 2 s.
    expect(refreshes[1]!.at - storedAt).toBeGreaterThanOrEqual(900)
    // Refreshed by then (2 s at most, plus a generous margin for a busy machine).
    expect(refreshes[1]!.at - storedAt).toBeLessThan(3_500)
    // The reader who found it expired got the old copy once while one request refreshed it...
    const beforeNew = seen.slice(0, firstNew)
    expect(beforeNew.every((answer) => answer.body.startsWith('v1 '))).toBe(true)
    expect(beforeNew.map((answer) => answer.cache)).toContain('STALE')
    // ...and the next one the new copy, from the cache.
    expect(seen[firstNew]!.cache).toBe('HIT')
    expect(seen[firstNew]!.at - changedAt).toBeLessThan(4_000)
  })

  test('the app’s year-long s-maxage is not honoured, nor its private answers stored', async () => {
    origin.routes.set('/articles/private', { cacheControl: 'private, no-store' })
    await get('/articles/private')
    const second = await get('/articles/private')
    expect(second.cache).toBe('MISS')
    expect(origin.hitsOf('/articles/private')).toHaveLength(2)
  })

  test('HEAD is answered from the same copy; not-found pages are cached too', async () => {
    await get('/articles/head')
    const head = await get('/articles/head', { method: 'HEAD' })
    expect(head).toMatchObject({ status: 200, cache: 'HIT', body: '' })
    expect(origin.hitsOf('/articles/head')).toHaveLength(1)

    origin.routes.set('/articles/gone', { status: 404 })
    await get('/articles/gone')
    expect(await get('/articles/gone')).toMatchObject({ status: 404, cache: 'HIT' })
    expect(origin.hitsOf('/articles/gone')).toHaveLength(1)
  })

  test('while the app fails, readers keep getting the last good copy', async () => {
    const url = '/articles/resilient'
    const good = await get(url)
    origin.routes.set(url, { version: 'v2', status: 500 })
    const deadline = Date.now() + 6_000
    const answers: TAnswer[] = []
    while (origin.hitsOf(url).length < 3 && Date.now() < deadline) {
      answers.push(await get(url))
      await sleep(50)
    }
    expect(origin.hitsOf(url).length).toBeGreaterThanOrEqual(2)
    expect(answers.every((answer) => answer.status === 200 && answer.body === good.body)).toBe(true)
  })

  test('/_next/static files are kept as long as the app says (immutable)', async () => {
    const url = '/_next/static/chunks/app-0123abcd.js'
    origin.routes.set(url, { cacheControl: 'public, max-age=31536000, immutable' })
    expect((await get(url)).cache).toBe('MISS')
    await sleep(2_200)
    expect((await get(url)).cache).toBe('HIT')
    // The same for everyone, so a signed-in reader is served the shared copy too.
    const signedIn = await get(url, { headers: { cookie: 'payload-token=abc' } })
    expect(signedIn.cache).toBe('HIT')
    expect(origin.hitsOf(url)).toHaveLength(1)
  })
})

describeWithNginx('what never comes from the shared cache', () => {
  test('a signed-in reader always reaches the app, and their page is never served to others', async () => {
    const url = '/articles/personal'
    const signedIn = { cookie: 'theme=dark; payload-token=abc' }
    const mine = await get(url, { headers: signedIn })
    expect(mine).toMatchObject({ status: 200, cache: 'BYPASS' })
    expect(mine.body).toContain('signed in as abc')

    const anonymous = await get(url)
    expect(anonymous.cache).toBe('MISS')
    expect(anonymous.body).not.toContain('signed in')
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: anonymous.body })
    // Other cookies (analytics, preferences) do not make a page personal.
    expect(await get(url, { headers: { cookie: '_ga=GA1.1.1' } })).toMatchObject({ cache: 'HIT' })

    // A cached copy exists now, and signed-in readers still get their own page from the app.
    const again = await get(url, { headers: signedIn })
    expect(again.cache).toBe('BYPASS')
    expect(again.body).toContain('signed in as abc')
    expect(origin.hitsOf(url)).toHaveLength(3)
    expect(origin.hitsOf(url)[2]!.headers.cookie).toBe(signedIn.cookie)
  })

  test('draft mode and Authorization headers bypass the cache like the login cookie', async () => {
    const url = '/articles/draft'
    await get(url)
    expect(await get(url, { headers: { cookie: '__prerender_bypass=1' } })).toMatchObject({
      cache: 'BYPASS',
    })
    expect(await get(url, { headers: { authorization: 'JWT abc' } })).toMatchObject({
      cache: 'BYPASS',
    })
    expect(origin.hitsOf(url)).toHaveLength(3)
  })

  test.each(PERSONAL_COOKIES)(
    'the %s cookie of lib/cachePolicy bypasses the cache',
    async (name) => {
      const url = `/articles/cookie-${name}`
      await get(url)
      expect(await get(url, { headers: { cookie: `theme=dark; ${name}=1` } })).toMatchObject({
        cache: 'BYPASS',
      })
      expect(origin.hitsOf(url)).toHaveLength(2)
    },
  )

  test.each([
    '/api/articles',
    '/api/users/me',
    '/api/watchlists/panel',
    '/api/watchlists/news',
    '/api/bookmarks/status?articles=1',
    '/api/coins/quotes?ids=bitcoin',
    '/%61pi/users/me',
    '/API/users/me',
    '/admin',
    '/admin/collections/articles',
    '/preview?slug=draft-one',
    '/preview/exit',
    '/account',
    '/watchlist',
    '/login',
    '/register',
  ])('GET %s reaches the app every time', async (url) => {
    const answers = [await get(url), await get(url)]
    expect(answers.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS'])
    expect(origin.hits.filter((hit) => hit.url === url)).toHaveLength(2)
  })

  test.each(['/feed-items?scope=all', '/rss.xml', '/sitemap.xml', '/tag/defi'])(
    'public %s is cached',
    async (url) => {
      expect((await get(url)).cache).toBe('MISS')
      expect((await get(url)).cache).toBe('HIT')
      expect(origin.hitsOf(url)).toHaveLength(1)
    },
  )

  test('POST, PUT and DELETE reach the app, and their answers are never served to a GET', async () => {
    const url = '/articles/form'
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await get(url, { method, body: 'x=1' })
      expect(answer).toMatchObject({ status: 200, cache: 'BYPASS' })
      expect(answer.body).toContain(`${method} ${url}`)
    }
    const read = await get(url)
    expect(read.cache).toBe('MISS')
    expect(read.body).toContain(`GET ${url}`)
    expect(origin.hitsOf(url).map((hit) => hit.method)).toEqual(['POST', 'PUT', 'DELETE', 'GET'])
  })

  test('a response that sets a cookie reaches its visitor only', async () => {
    const url = '/articles/cookie'
    const visitorA = await get(url, { headers: { 'x-test-set-cookie': 'A' } })
    expect(visitorA.cookies).toEqual(['session=A; Path=/; HttpOnly'])
    expect(visitorA.body).toContain('for A')

    const visitorB = await get(url)
    expect(visitorB.cache).toBe('MISS')
    expect(visitorB.cookies).toEqual([])
    expect(visitorB.body).not.toContain('for A')
    const visitorC = await get(url)
    expect(visitorC).toMatchObject({ cache: 'HIT', body: visitorB.body, cookies: [] })
    expect(origin.hitsOf(url)).toHaveLength(2)
  })

  test('a login through /api passes its Set-Cookie to the visitor', async () => {
    const login = await get('/api/users/login', {
      method: 'POST',
      headers: { 'x-test-set-cookie': 'token' },
    })
    expect(login.cache).toBe('BYPASS')
    expect(login.cookies).toEqual(['session=token; Path=/; HttpOnly'])
  })
})

describeWithNginx('the content API (/api/v1): the one cached part of /api', () => {
  // The stand-in app answers every request to these URLs with the content API's anonymous
  // Cache-Control, keyed or not: what nginx does with a keyed call must not depend on the app
  // marking it private (the real app does, and that is a second protection, not this one).
  const publicApi = { cacheControl: PUBLIC_CACHE_CONTROL }

  test('an anonymous GET is stored: the next reader within the TTL is a HIT', async () => {
    const url = '/api/v1/articles?limit=20'
    origin.routes.set(url, publicApi)
    const first = await get(url)
    expect(first).toMatchObject({ status: 200, cache: 'MISS' })
    expect(await get(url)).toMatchObject({ status: 200, cache: 'HIT', body: first.body })
    expect(origin.hitsOf(url)).toHaveLength(1)
  })

  test('a call with X-Api-Key always reaches the app and never replaces the anonymous copy', async () => {
    const url = '/api/v1/articles?limit=20&tag=defi'
    origin.routes.set(url, publicApi)
    const anonymous = await get(url)
    expect(anonymous.cache).toBe('MISS')
    origin.routes.set(url, { ...publicApi, version: 'v2' })

    const keyed = { [API_KEY_HEADER]: 'nrk_x' }
    const answers = [await get(url, { headers: keyed }), await get(url, { headers: keyed })]
    expect(answers.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS'])
    expect(answers.every((answer) => answer.body.startsWith('v2 '))).toBe(true)
    // The app sees the key (it checks it on every call).
    expect(origin.hitsOf(url).map((hit) => hit.headers[API_KEY_HEADER])).toEqual([
      undefined,
      'nrk_x',
      'nrk_x',
    ])
    // Anonymous readers still get their copy, not a keyed answer.
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: anonymous.body })
    expect(origin.hitsOf(url)).toHaveLength(3)
  })

  test.each([
    // Payload's REST, not the content API.
    '/api/articles?limit=20',
    // nginx matches the decoded, normalised path, case-insensitively: these are /api/users/me
    // and /API/articles, whatever prefix they were written with.
    '/api/v1/../users/me',
    '/API/V1/%2E%2E/articles?limit=20',
  ])('GET %s (the rest of /api) reaches the app every time', async (url) => {
    origin.routes.set(url, publicApi)
    const answers = [await rawGet(nginx.baseUrl, url), await rawGet(nginx.baseUrl, url)]
    expect(answers.map((answer) => [answer.status, answer.cache])).toEqual([
      [200, 'BYPASS'],
      [200, 'BYPASS'],
    ])
    // nginx passes the path on as the client wrote it.
    expect(origin.hitsOf(url)).toHaveLength(2)
  })

  test('the refresh listener renews it like a page: the next reader gets the new body at once', async () => {
    const url = '/api/v1/articles?limit=20&locale=en'
    origin.routes.set(url, publicApi)
    expect(await get(url)).toMatchObject({ cache: 'MISS' })
    expect((await get(url)).cache).toBe('HIT')
    origin.routes.set(url, { ...publicApi, version: 'v2' })

    const renewed = await refresh(url)
    expect(renewed.status).toBe(200)
    expect(renewed.body).toMatch(/^v2 /)
    const read = await get(url)
    expect(read).toMatchObject({ status: 200, cache: 'HIT', body: renewed.body })
    expect(origin.hitsOf(url)).toHaveLength(2)
  })
})

describeWithNginx('the refresh listener (what the app calls when an article changes)', () => {
  test('replaces the copy readers get: the new body is a HIT at once, long before the TTL', async () => {
    const url = '/articles/refreshed'
    expect(await get(url)).toMatchObject({ cache: 'MISS' })
    expect((await get(url)).cache).toBe('HIT')
    origin.routes.set(url, { version: 'v2' })

    const renewed = await refresh(url)
    expect(renewed.status).toBe(200)
    expect(renewed.body).toMatch(/^v2 /)
    // Straight from the cache (no STALE/EXPIRED, no third request): the refresh stored it.
    const read = await get(url)
    expect(read).toMatchObject({ status: 200, cache: 'HIT', body: renewed.body })
    expect(origin.hitsOf(url)).toHaveLength(2)
    // The app saw the reader's Host, as on the public listener.
    expect(origin.hitsOf(url)[1]!.headers.host).toBe(new URL(nginx.baseUrl).host)
  })

  test('readers with any Accept-Encoding get the renewed copy (gzip or identity, both refreshed)', async () => {
    const url = '/articles/encodings'
    const readers = ['gzip, deflate, br, zstd', 'gzip, deflate', 'br;q=1.0, gzip;q=0.8', '']
    const read = (encoding: string) =>
      rawGet(nginx.baseUrl, url, { headers: encoding ? { 'accept-encoding': encoding } : {} })
    for (const encoding of readers) await read(encoding)
    // Every gzip reader shares one copy; the one without gzip has the other.
    expect(origin.hitsOf(url).map((hit) => hit.headers['accept-encoding'])).toEqual([
      'gzip',
      undefined,
    ])
    origin.routes.set(url, { version: 'v2' })

    const logged: string[] = []
    const result = await refreshEdgePaths([url], {
      refreshUrl: nginx.refreshUrl,
      siteUrl: nginx.baseUrl,
      logger: { warn: (message) => logged.push(message) },
    })
    expect(result).toEqual({ requested: 2, failed: 0 })
    expect(logged).toEqual([])
    for (const encoding of readers) {
      const answer = await read(encoding)
      expect({ encoding, cache: answer.cache, body: answer.body }).toMatchObject({
        encoding,
        cache: 'HIT',
        body: expect.stringMatching(/^v2 /),
      })
    }
    expect(origin.hitsOf(url)).toHaveLength(4)
  })

  test.each([
    ['the article', 200],
    ['a 404', 404],
  ])(
    'an old article URL cached as %s answers its 301 at once after the refresh',
    async (_, was) => {
      // What the app sends for an article whose slug changed (lib/redirects/movedArticles.ts).
      const url = `/articles/renamed-from-${was}?utm_source=x`
      origin.routes.set(url, { status: was })
      await get(url)
      expect(await get(url)).toMatchObject({ status: was, cache: 'HIT' })
      origin.routes.set(url, {
        status: MOVED_STATUS,
        cacheControl: MOVED_CACHE_CONTROL,
        location: '/articles/renamed-to?utm_source=x',
      })

      expect((await refresh(url)).status).toBe(MOVED_STATUS)
      const response = await fetch(`${nginx.baseUrl}${url}`, { redirect: 'manual' })
      expect(response.status).toBe(MOVED_STATUS)
      expect(response.headers.get('x-cache-status')).toBe('HIT')
      expect(response.headers.get('location')).toBe('/articles/renamed-to?utm_source=x')
    },
  )

  test('a refresh with another Host leaves the readers’ copy alone', async () => {
    const url = '/articles/other-host'
    const first = await get(url)
    origin.routes.set(url, { version: 'v2' })
    await refresh(url, { host: 'elsewhere.example' })
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: first.body })
  })

  test('never stores an answer that sets a cookie or is private: the readers’ copy stays', async () => {
    const url = '/articles/refresh-personal'
    const cached = await get(url)
    origin.routes.set(url, { version: 'v2' })
    const withCookie = await refresh(url, { 'x-test-set-cookie': 'R' })
    expect(withCookie.cookies).toEqual(['session=R; Path=/; HttpOnly'])
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: cached.body, cookies: [] })

    origin.routes.set(url, { version: 'v3', cacheControl: 'private, no-store' })
    expect((await refresh(url)).body).toMatch(/^v3 /)
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: cached.body })

    // Where nothing was cached, nothing is after such a refresh either.
    const fresh = '/articles/refresh-personal-new'
    await refresh(fresh, { 'x-test-set-cookie': 'R' })
    expect((await get(fresh)).cache).toBe('MISS')
  })

  test('never stores bypassed paths or signed-in answers', async () => {
    await refresh('/api/users/me')
    await refresh('/articles/refresh-signed-in', { cookie: 'payload-token=abc' })
    expect((await get('/articles/refresh-signed-in')).body).not.toContain('signed in')
    expect(origin.hitsOf('/articles/refresh-signed-in')).toHaveLength(2)
  })

  test('a failing app does not replace the last good copy', async () => {
    const url = '/articles/refresh-failing'
    const good = await get(url)
    origin.routes.set(url, { version: 'v2', status: 500 })
    expect((await refresh(url)).status).toBe(500)
    expect(await get(url)).toMatchObject({ status: 200, cache: 'HIT', body: good.body })
  })

  test('answers GET only', async () => {
    const answer = await rawGet(nginx.refreshUrl, '/articles/refresh-post', { method: 'POST' })
    expect(answer.status).toBe(403)
    expect(origin.hitsOf('/articles/refresh-post')).toHaveLength(0)
  })
})

describeWithNginx('variants the app varies on, now in the cache key', () => {
  test('a navigation payload (RSC) is never the page, nor another navigation’s payload', async () => {
    const url = '/articles/variants'
    const page = await get(url)
    const rsc = await get(url, { headers: { rsc: '1', 'next-router-state-tree': 'tree-a' } })
    const otherTree = await get(url, { headers: { rsc: '1', 'next-router-state-tree': 'tree-b' } })
    const prefetch = await get(url, { headers: { rsc: '1', 'next-router-prefetch': '1' } })
    expect([page, rsc, otherTree, prefetch].map((answer) => answer.cache)).toEqual([
      'MISS',
      'MISS',
      'MISS',
      'MISS',
    ])
    expect(new Set([page, rsc, otherTree, prefetch].map((answer) => answer.body)).size).toBe(4)
    expect(
      await get(url, { headers: { rsc: '1', 'next-router-state-tree': 'tree-a' } }),
    ).toMatchObject({ cache: 'HIT', body: rsc.body })
    expect(await get(url)).toMatchObject({ cache: 'HIT', body: page.body })
  })
})

describeWithNginx('startNginx', () => {
  test('passes the visitor’s host and address to the app', async () => {
    await get('/articles/headers')
    const [hit] = origin.hitsOf('/articles/headers')
    expect(hit!.headers.host).toBe(new URL(nginx.baseUrl).host)
    expect(hit!.headers['x-forwarded-for']).toBe('127.0.0.1')
    expect(hit!.headers['x-forwarded-proto']).toBe('http')
  })

  test('says how to install nginx when it cannot find it', async () => {
    const saved = process.env.NGINX_BIN
    process.env.NGINX_BIN = '/nonexistent/nginx'
    try {
      await expect(startNginx({ upstream: '127.0.0.1:1', listenPort: 0 })).rejects.toThrow(
        'apt-get install -y nginx',
      )
    } finally {
      if (saved === undefined) delete process.env.NGINX_BIN
      else process.env.NGINX_BIN = saved
    }
  })

  test('runs the refresh listener on its own port', async () => {
    expect(nginx.refreshUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(nginx.refreshUrl).not.toBe(nginx.baseUrl)
    await expect(
      startNginx({ upstream: '127.0.0.1:1', listenPort: 8090, refreshPort: 8090 }),
    ).rejects.toThrow('must differ')
    await expect(
      startNginx({ upstream: '127.0.0.1:1', listenPort: 0, refreshPort: 70000 }),
    ).rejects.toThrow('refreshPort must be a port number')
  })

  test('refuses an upstream that is not host:port', async () => {
    await expect(
      startNginx({ upstream: '127.0.0.1:3000; include /etc/passwd', listenPort: 0 }),
    ).rejects.toThrow('host:port')
  })
})
