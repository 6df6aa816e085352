import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { parseEnv } from '@/lib/env'
import { withPageCache, type TRequestHandler } from '@/lib/pageCache/handler'
import { parseListenAddress } from '@/lib/pageCache/listenAddress'
import { clearProcessPageCache, registerProcessPageCache } from '@/lib/pageCache/processCache'
import { isShareableResponse, pageCacheKey } from '@/lib/pageCache/rules'
import { PageStore } from '@/lib/pageCache/store'

const NEXT_CACHED = 's-maxage=3600, stale-while-revalidate=31532400'
const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers })

describe('which requests the page cache may answer', () => {
  test('an anonymous GET of a page, keyed by URL and accepted encoding', () => {
    expect(pageCacheKey(get('/tag/defi?cursor=abc'))).toBe('/tag/defi?cursor=abc\n')
    // A made-up query string would otherwise store one more copy of the same page per URL.
    expect(pageCacheKey(get('/?utm_source=x'))).toBeNull()
    expect(pageCacheKey(get('/tag/defi?cursor=abc&x=1'))).toBeNull()
    expect(pageCacheKey(get('/flash?filter=important'))).toBe('/flash?filter=important\n')
    expect(pageCacheKey(get('/', { 'accept-encoding': 'gzip' }))).toBe('/\ngzip')
    // Analytics or preference cookies do not make a page personal.
    expect(pageCacheKey(get('/', { cookie: 'theme=dark; _ga=1' }))).not.toBeNull()
  })

  test.each([
    ['a signed-in reader', get('/', { cookie: 'theme=dark; payload-token=abc' })],
    ['an editor in draft mode', get('/articles/x', { cookie: '__prerender_bypass=1' })],
    ['an API key', get('/', { authorization: 'users API-Key 123' })],
    ['a client-side navigation', get('/', { rsc: '1' })],
    ['a prefetch', get('/', { 'next-router-prefetch': '1' })],
    ['a range request', get('/', { range: 'bytes=0-10' })],
    ['a hard reload', get('/', { 'cache-control': 'no-cache' })],
    ['the REST API', get('/api/users/me')],
    ['the REST API, percent-encoded', get('/%61pi/users/me')],
    ['the REST API, doubled slash', get('//api/users/me')],
    ['the admin', get('/admin')],
    ['the watchlist page', get('/watchlist')],
    ['the login form', get('/login?next=/')],
    ['Next files', get('/_next/image?url=x')],
    ['a malformed escape', get('/articles/%E0%A4%A')],
    ['a POST', { method: 'POST', url: '/', headers: {} }],
    ['a HEAD', { method: 'HEAD', url: '/', headers: {} }],
  ])('bypassed: %s', (_label, request) => {
    expect(pageCacheKey(request)).toBeNull()
  })
})

describe('which responses the page cache may keep', () => {
  test('a page Next cached, and a public route', () => {
    expect(isShareableResponse(200, { 'cache-control': NEXT_CACHED })).toBe(true)
    expect(isShareableResponse(200, { 'cache-control': 'public, max-age=0, s-maxage=60' })).toBe(
      true,
    )
  })

  test.each([
    ['a page rendered per request', 200, { 'cache-control': 'private, no-cache, no-store' }],
    ['no cache-control at all', 200, {}],
    ['s-maxage=0', 200, { 'cache-control': 's-maxage=0' }],
    ['a response setting a cookie', 200, { 'cache-control': NEXT_CACHED, 'set-cookie': 'a=b' }],
    ['a not-found page', 404, { 'cache-control': NEXT_CACHED }],
    ['a redirect', 307, { 'cache-control': NEXT_CACHED }],
  ])('not kept: %s', (_label, status, headers) => {
    expect(isShareableResponse(status, headers)).toBe(false)
  })
})

describe('PageStore', () => {
  let now = 0
  const store = (overrides: Partial<ConstructorParameters<typeof PageStore>[0]> = {}) =>
    new PageStore({ ttlMs: 1000, maxBytes: 100, maxEntryBytes: 60, now: () => now, ...overrides })
  const page = (text: string) => ({ statusCode: 200, headers: {}, body: Buffer.from(text) })
  beforeEach(() => (now = 0))

  test('a page is served for ttlMs, then forgotten', () => {
    const pages = store()
    expect(pages.set('/', page('a'), pages.generation)).toBe(true)
    now = 999
    expect(pages.get('/')?.body.toString()).toBe('a')
    now = 1000
    expect(pages.get('/')).toBeUndefined()
    expect(pages.storedBytes).toBe(0)
  })

  test('clear() forgets everything and refuses what a render begun before it tries to store', () => {
    const pages = store()
    pages.set('/', page('old'), pages.generation)
    const renderBegan = pages.generation
    pages.clear()
    expect(pages.get('/')).toBeUndefined()
    expect(pages.set('/', page('read before the publish'), renderBegan)).toBe(false)
    expect(pages.get('/')).toBeUndefined()
    expect(pages.set('/', page('new'), pages.generation)).toBe(true)
  })

  test('stays within its byte budget by dropping the oldest pages, and skips huge ones', () => {
    const pages = store()
    pages.set('/a', page('x'.repeat(40)), pages.generation)
    pages.set('/b', page('x'.repeat(40)), pages.generation)
    pages.set('/c', page('x'.repeat(40)), pages.generation)
    expect(pages.get('/a')).toBeUndefined()
    expect(pages.get('/b')).toBeDefined()
    expect(pages.get('/c')).toBeDefined()
    expect(pages.storedBytes).toBe(80)
    expect(pages.set('/huge', page('x'.repeat(61)), pages.generation)).toBe(false)
  })

  test('an expired page stays available as stale for staleMs, then is forgotten', () => {
    const pages = store({ staleMs: 500 })
    pages.set('/', page('a'), pages.generation)
    now = 1200
    expect(pages.get('/')).toBeUndefined()
    expect(pages.lookup('/')).toMatchObject({ fresh: false })
    now = 1500
    expect(pages.lookup('/')).toBeUndefined()
    expect(pages.storedBytes).toBe(0)
  })

  test('the process registry reaches the cache the server registered', () => {
    const pages = store()
    pages.set('/', page('a'), pages.generation)
    registerProcessPageCache(pages)
    clearProcessPageCache()
    expect(pages.get('/')).toBeUndefined()
  })
})

describe('withPageCache in front of a request handler', () => {
  let server: Server
  let origin: string
  let renders = 0
  let body = 'first'
  let respond: (response: ServerResponse, url: string) => void
  let pages: PageStore

  let conditionalSeen: string | undefined
  const nextLike: TRequestHandler = (request, response) => {
    renders += 1
    conditionalSeen = request.headers['if-none-match']
    respond(response, request.url ?? '/')
  }
  const cachedPage = (response: ServerResponse) => {
    response.setHeader('cache-control', NEXT_CACHED)
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('etag', '"v1"')
    response.end(body)
  }

  beforeAll(async () => {
    pages = new PageStore({ ttlMs: 60_000, maxBytes: 1 << 20, maxEntryBytes: 1 << 20 })
    server = createServer(withPageCache(nextLike, pages))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    pages.clear()
    renders = 0
    body = 'first'
    respond = cachedPage
  })

  test('a cached page is rendered once, then answered from memory with the same headers', async () => {
    const first = await fetch(`${origin}/`)
    expect(first.headers.get('x-page-cache')).toBe('MISS')
    expect(await first.text()).toBe('first')
    body = 'changed without a publish'
    const second = await fetch(`${origin}/`)
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('cache-control')).toBe(NEXT_CACHED)
    expect(await second.text()).toBe('first')
    expect(renders).toBe(1)
  })

  test('a publish (clear) makes the next reader get the new page', async () => {
    await fetch(`${origin}/`)
    body = 'published'
    pages.clear()
    expect(await (await fetch(`${origin}/`)).text()).toBe('published')
    expect(renders).toBe(2)
  })

  test('a render that read the old data and finishes after the publish is not kept', async () => {
    let finishRender: () => void = () => {}
    respond = (response) => {
      finishRender = () => cachedPage(response)
    }
    const slowRead = fetch(`${origin}/story`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    pages.clear()
    finishRender()
    expect(await (await slowRead).text()).toBe('first')
    respond = cachedPage
    body = 'after the publish'
    expect(await (await fetch(`${origin}/story`)).text()).toBe('after the publish')
  })

  test('signed-in readers and personal answers always go to the handler', async () => {
    await fetch(`${origin}/`)
    const signedIn = await fetch(`${origin}/`, { headers: { cookie: 'payload-token=abc' } })
    expect(signedIn.headers.get('x-page-cache')).toBeNull()
    respond = (response) => {
      response.setHeader('cache-control', 'private, no-cache, no-store')
      response.end('personal')
    }
    await fetch(`${origin}/per-request`)
    await fetch(`${origin}/per-request`)
    expect(renders).toBe(4)
  })

  test('headers given to writeHead count, so a cookie-setting page is not kept', async () => {
    respond = (response) => {
      response.writeHead(200, { 'Cache-Control': NEXT_CACHED, 'Set-Cookie': 'session=1' })
      response.end('sets a cookie')
    }
    await fetch(`${origin}/cookie`)
    const again = await fetch(`${origin}/cookie`)
    expect(again.headers.get('x-page-cache')).toBe('MISS')
    expect(renders).toBe(2)
  })

  test('a streamed, compressed page is kept byte for byte per accepted encoding', async () => {
    const html = '<html>'.padEnd(5000, 'x')
    respond = (response) => {
      response.writeHead(200, { 'cache-control': NEXT_CACHED, 'content-encoding': 'gzip' })
      const compressed = gzipSync(html)
      response.write(compressed.subarray(0, 100))
      response.end(compressed.subarray(100))
    }
    const headers = { 'accept-encoding': 'gzip' }
    expect(await (await fetch(`${origin}/gz`, { headers })).text()).toBe(html)
    const hit = await fetch(`${origin}/gz`, { headers })
    expect(hit.headers.get('x-page-cache')).toBe('HIT')
    expect(hit.headers.get('content-encoding')).toBe('gzip')
    expect(await hit.text()).toBe(html)
    // Another encoding is another variant: it goes to the handler.
    await fetch(`${origin}/gz`, { headers: { 'accept-encoding': 'identity' } })
    expect(renders).toBe(2)
  })

  test('a browser revalidating its copy gets 304 from memory', async () => {
    await fetch(`${origin}/`)
    // What a browser sends on a normal reload (fetch would otherwise add `no-cache`).
    const revalidated = await fetch(`${origin}/`, {
      headers: { 'if-none-match': '"v1"', 'cache-control': 'max-age=0' },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('x-page-cache')).toBe('HIT')
    expect(renders).toBe(1)
  })

  test('a revalidation that misses is answered in full and kept, so the next one is a 304 from memory', async () => {
    // Next would answer the conditional request 304, which is not kept: pollers that always
    // revalidate (API clients, the bench) would then all reach Next, every time.
    const headers = { 'if-none-match': '"v1"', 'cache-control': 'max-age=0' }
    const first = await fetch(`${origin}/`, { headers })
    expect(conditionalSeen).toBeUndefined()
    expect(first.status).toBe(200)
    expect(first.headers.get('x-page-cache')).toBe('MISS')
    const second = await fetch(`${origin}/`, { headers })
    expect(second.status).toBe(304)
    expect(second.headers.get('x-page-cache')).toBe('HIT')
    expect(renders).toBe(1)
  })
})

describe('one render per page at a time', () => {
  let server: Server
  let origin: string
  let now = 0
  let renders = 0
  let pending: Array<() => void> = []
  let cacheControl = NEXT_CACHED
  let pages: PageStore
  // Renders wait until the test lets them finish, as a slow Next render would.
  const slowNext: TRequestHandler = (_request, response) => {
    renders += 1
    const body = `render ${renders}`
    pending.push(() => {
      response.setHeader('cache-control', cacheControl)
      response.end(body)
    })
  }
  const finishRenders = () => {
    const finishing = pending
    pending = []
    for (const finish of finishing) finish()
  }
  /** Lets the server take the requests sent so far. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30))
  const read = async (response: Promise<Response>) => {
    const answered = await response
    return { state: answered.headers.get('x-page-cache'), body: await answered.text() }
  }

  beforeAll(async () => {
    pages = new PageStore({
      ttlMs: 1000,
      staleMs: 10_000,
      maxBytes: 1 << 20,
      maxEntryBytes: 1 << 20,
      now: () => now,
    })
    server = createServer(withPageCache(slowNext, pages))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    pages.clear()
    now = 0
    renders = 0
    cacheControl = NEXT_CACHED
  })

  test('readers arriving while the first render runs wait for it instead of rendering', async () => {
    const readers = [1, 2, 3, 4].map(() => read(fetch(`${origin}/cold`)))
    await settle()
    expect(renders).toBe(1)
    finishRenders()
    const answers = await Promise.all(readers)
    expect(answers.map((answer) => answer.body)).toEqual(Array(4).fill('render 1'))
    expect(answers.map((answer) => answer.state).sort()).toEqual(['HIT', 'HIT', 'HIT', 'MISS'])
  })

  test('an expired page is answered stale while one reader renews it', async () => {
    const first = read(fetch(`${origin}/renew`))
    await settle()
    finishRenders()
    await first
    now = 1500
    const renewing = read(fetch(`${origin}/renew`))
    await settle()
    const during = await Promise.all([1, 2, 3].map(() => read(fetch(`${origin}/renew`))))
    expect(during).toEqual(Array(3).fill({ state: 'STALE', body: 'render 1' }))
    expect(renders).toBe(2)
    finishRenders()
    expect(await renewing).toEqual({ state: 'MISS', body: 'render 2' })
    expect(await read(fetch(`${origin}/renew`))).toEqual({ state: 'HIT', body: 'render 2' })
  })

  test('after a publish nobody waits for a render that began before it', async () => {
    const before = read(fetch(`${origin}/story`))
    await settle()
    pages.clear()
    const after = read(fetch(`${origin}/story`))
    await settle()
    expect(renders).toBe(2)
    finishRenders()
    expect((await before).body).toBe('render 1')
    expect((await after).body).toBe('render 2')
  })

  test('when the render gives nothing to keep, the waiting readers render side by side', async () => {
    cacheControl = 'private, no-store'
    const readers = [1, 2, 3].map(() => read(fetch(`${origin}/personal`)))
    await settle()
    expect(renders).toBe(1)
    finishRenders()
    await settle()
    // Both waiters went to Next at once, not one after the other.
    expect(renders).toBe(3)
    finishRenders()
    const answers = await Promise.all(readers)
    expect(answers.map((answer) => answer.body).sort()).toEqual([
      'render 1',
      'render 2',
      'render 3',
    ])
  })
})

describe('where the server listens', () => {
  test('PORT and HOSTNAME, defaulting to 3000 on every interface', () => {
    expect(parseListenAddress({})).toEqual({ port: 3000, hostname: '0.0.0.0' })
    expect(parseListenAddress({ PORT: '8080', HOSTNAME: '127.0.0.1' })).toEqual({
      port: 8080,
      hostname: '127.0.0.1',
    })
  })

  test.each(['0', '65536', 'http', '30.5'])('PORT=%s is refused in one line', (port) => {
    expect(() => parseListenAddress({ PORT: port })).toThrow(
      /^Invalid environment variable PORT: must be a port number from 1 to 65535$/,
    )
  })
})

describe('PAGE_CACHE_MS', () => {
  test('1 s by default; 0 (off) to 60000 ms accepted', () => {
    expect(parseEnv({}).PAGE_CACHE_MS).toBe(1000)
    expect(parseEnv({ PAGE_CACHE_MS: '0' }).PAGE_CACHE_MS).toBe(0)
    expect(parseEnv({ PAGE_CACHE_MS: '60000' }).PAGE_CACHE_MS).toBe(60_000)
  })

  test.each(['60001', '-1', '1.5', '1e3', 'soon'])(
    'PAGE_CACHE_MS=%s is refused in one line',
    (value) => {
      expect(() => parseEnv({ PAGE_CACHE_MS: value })).toThrow(
        /^Invalid environment variable PAGE_CACHE_MS: must be a whole number of milliseconds from 0 \(off\) to 60000$/,
      )
    },
  )
})
