/**
 * deploy/nginx.conf in front of a stand-in app that answers like ours (lib/security/headers.ts):
 * the app's security headers reach readers unchanged, from the cache too; nginx's own answers get
 * a strict set; bodies over 1 MB (11 MB for image uploads) are refused before reaching the app.
 * Skipped without nginx like nginx-microcache.int.spec.ts (with CI=true it runs regardless).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { findNginxBinary, startNginx, type TNginx } from '@/deploy/startNginx'
import { securityHeaders, setSecurityHeaders } from '@/lib/security/headers'

const APP_HEADERS = securityHeaders({ siteUrl: 'https://news.example' })
const SECURITY_HEADER_NAMES = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
]

let nginx: TNginx
let app: http.Server
const received: { url: string; bytes: number }[] = []

const nginxMissing = await findNginxBinary().then(
  () => null,
  (error: Error) => error.message,
)
const skip = nginxMissing !== null && process.env.CI !== 'true'
const describeWithNginx = skip ? describe.skip : describe

beforeAll(async () => {
  if (skip) return
  app = http.createServer(async (request, response) => {
    let bytes = 0
    for await (const chunk of request) bytes += (chunk as Buffer).length
    received.push({ url: request.url ?? '', bytes })
    setSecurityHeaders(response, APP_HEADERS)
    response.setHeader('Cache-Control', 'public, s-maxage=31536000')
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(`page ${request.url}`)
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  nginx = await startNginx({
    upstream: `127.0.0.1:${(app.address() as AddressInfo).port}`,
    listenPort: 0,
  })
})
afterAll(async () => {
  await nginx?.stop()
  await new Promise((resolve) => (app ? app.close(resolve) : resolve(undefined)))
})

const securityHeadersOf = (response: Response) =>
  Object.fromEntries(SECURITY_HEADER_NAMES.map((name) => [name, response.headers.get(name)]))
const appHeaders = Object.fromEntries(
  APP_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]),
)

describeWithNginx('security headers through nginx', () => {
  test('a page carries the app’s headers once, on the first answer and from the cache', async () => {
    const first = await fetch(`${nginx.baseUrl}/headers-page`)
    const cached = await fetch(`${nginx.baseUrl}/headers-page`)
    expect(cached.headers.get('x-cache-status')).toBe('HIT')
    for (const response of [first, cached]) {
      // Headers#get joins repeated headers with ", ": equal to the app's value means sent once.
      for (const name of [...SECURITY_HEADER_NAMES, 'strict-transport-security'])
        expect(response.headers.get(name)).toBe(appHeaders[name])
    }
  })

  test('an answer nginx makes itself (a refused body) carries a strict set', async () => {
    const refused = await fetch(`${nginx.baseUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(2 * 1024 * 1024),
    })
    expect(refused.status).toBe(413)
    const headers = securityHeadersOf(refused)
    expect(headers['content-security-policy']).toContain("default-src 'none'")
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    })
    expect(headers['permissions-policy']).toContain('camera=()')
  })

  test('nginx’s liveness answer carries the same set and is never cached', async () => {
    const health = await fetch(`${nginx.baseUrl}/nginx-health`)
    expect(health.status).toBe(200)
    expect(health.headers.get('cache-control')).toBe('no-store')
    const headers = securityHeadersOf(health)
    expect(headers['content-security-policy']).toContain("default-src 'none'")
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    })
  })
})

describeWithNginx('request bodies through nginx', () => {
  const post = (path: string, bytes: number, contentType = 'application/json') =>
    fetch(`${nginx.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: Buffer.alloc(bytes, 'a'),
    })

  test('a JSON body over 1 MB is refused with 413 and never reaches the app', async () => {
    received.length = 0
    expect((await post('/api/articles', 1024 * 1024 + 1)).status).toBe(413)
    expect((await post('/login', 3 * 1024 * 1024, 'text/plain')).status).toBe(413)
    expect(received).toEqual([])
    expect((await post('/api/articles', 1000 * 1000)).status).toBe(200)
    expect(received).toEqual([{ url: '/api/articles', bytes: 1000 * 1000 }])
  })

  test('image uploads at /api/media may be up to 11 MB, not more', async () => {
    received.length = 0
    const form = 'multipart/form-data; boundary=x'
    expect((await post('/api/media', 10 * 1024 * 1024, form)).status).toBe(200)
    expect((await post('/api/media', 12 * 1024 * 1024, form)).status).toBe(413)
    expect(received.map(({ url }) => url)).toEqual(['/api/media'])
  })
})

describeWithNginx('account posts through nginx', () => {
  test('a burst of logins from one client is cut off with 429 and Retry-After before the app', async () => {
    received.length = 0
    const statuses: number[] = []
    let refused: Response | undefined
    let refusedBody = ''
    const started = Date.now()
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${nginx.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `guess-${i}@test.local`, password: 'x' }),
      })
      statuses.push(response.status)
      const body = await response.text()
      if (response.status === 429 && !refused) {
        refused = response
        refusedBody = body
      }
    }
    const passed = statuses.filter((status) => status === 200).length
    // burst=20 plus the one the rate allows at once (an earlier test may have spent one), plus one
    // per 6 s the burst took (10r/m): a slow machine sees the rate refill.
    const refills = Math.floor((Date.now() - started) / 6000)
    expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(19)
    expect(passed).toBeLessThanOrEqual(21 + refills)
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true)
    expect(received).toHaveLength(passed)
    expect(refused?.headers.get('retry-after')).toBe('60')
    expect(refused?.headers.get('x-content-type-options')).toBe('nosniff')
    expect(JSON.parse(refusedBody)).toEqual({
      errors: [{ message: expect.stringContaining('too many') }],
    })
  })

  test('the account page’s form posts share the limit', async () => {
    received.length = 0
    const post = await fetch(`${nginx.baseUrl}/account`, { method: 'POST', body: 'x' })
    expect(post.status).toBe(429)
    expect(received).toHaveLength(0)
  })

  test('other requests from that client are not limited: pages, reads and other posts', async () => {
    expect((await fetch(`${nginx.baseUrl}/login`)).status).toBe(200)
    expect((await fetch(`${nginx.baseUrl}/api/users/me`)).status).toBe(200)
    const other = await fetch(`${nginx.baseUrl}/api/bookmarks`, { method: 'POST', body: '{}' })
    expect(other.status).toBe(200)
  })
})
