import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers'
import {
  bodyRefusal,
  JSON_BODY_LIMIT_BYTES,
  UPLOAD_BODY_LIMIT_BYTES,
  withBodyLimit,
} from '@/lib/security/bodyLimit'

const headerMap = (siteUrl: string) =>
  Object.fromEntries(securityHeaders({ siteUrl }).map(({ key, value }) => [key, value]))

describe('security headers', () => {
  test('the policy has every required directive, and no eval outside development', () => {
    const policy = contentSecurityPolicy({ siteUrl: 'http://localhost:3000' })
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'self'",
      "form-action 'self'",
      "script-src 'self' 'unsafe-inline'",
    ])
      expect(policy.split('; ')).toContain(directive)
    expect(policy).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy({ siteUrl: 'x', development: true })).toContain("'unsafe-eval'")
  })

  test('nosniff, referrer and permissions policies always; HSTS only for an https site', () => {
    const http = headerMap('http://localhost:3000')
    expect(http).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(http['Permissions-Policy']).toContain('camera=()')
    expect(http['Strict-Transport-Security']).toBeUndefined()
    const https = headerMap('https://news.example')
    expect(https['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/)
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })
})

describe('request body limits', () => {
  const json = (length: number | string) => ({
    method: 'POST',
    contentType: 'application/json',
    contentLength: String(length),
  })

  test('JSON (and any non-upload body) up to 1 MB passes; one byte more is 413', () => {
    expect(bodyRefusal(json(JSON_BODY_LIMIT_BYTES))).toBeNull()
    expect(bodyRefusal(json(JSON_BODY_LIMIT_BYTES + 1))?.status).toBe(413)
    expect(bodyRefusal({ ...json(5e6), contentType: 'text/plain' })?.status).toBe(413)
    expect(bodyRefusal({ ...json(5e6), contentType: undefined })?.status).toBe(413)
    expect(bodyRefusal(json('1e309'))?.status).toBe(413)
    expect(bodyRefusal(json('-1'))?.status).toBe(413)
    expect(bodyRefusal(json(JSON_BODY_LIMIT_BYTES + 1))?.message).toMatch(
      /too large \(limit 1 MB\)/,
    )
  })

  test('upload forms may carry a 10 MB image, not more', () => {
    const form = (length: number) => ({
      method: 'POST',
      contentType: 'multipart/form-data; boundary=abc',
      contentLength: String(length),
    })
    expect(bodyRefusal(form(10 * 1024 * 1024))).toBeNull()
    expect(bodyRefusal(form(UPLOAD_BODY_LIMIT_BYTES + 1))?.status).toBe(413)
  })

  test('a body of unknown length is 411; GET and a bodiless POST pass', () => {
    expect(bodyRefusal({ method: 'POST', transferEncoding: 'chunked' })?.status).toBe(411)
    expect(bodyRefusal({ method: 'POST' })).toBeNull()
    expect(bodyRefusal({ method: 'GET', contentLength: '99999999' })).toBeNull()
  })

  test('withBodyLimit answers for a route handler before the handler reads anything', async () => {
    let called = 0
    const route = withBodyLimit(async () => {
      called++
      return new Response('ok')
    })
    const request = (length: number) =>
      new Request('http://x/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(length) },
      })
    const refused = await route(request(2 * 1024 * 1024))
    expect(refused.status).toBe(413)
    expect((await refused.json()).errors[0].message).toContain('too large')
    expect(called).toBe(0)
    expect((await route(request(10))).status).toBe(200)
    expect(called).toBe(1)
  })
})
