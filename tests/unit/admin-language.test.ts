import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { getRequestLanguage, parseCookies } from 'payload'

import { adminI18n } from '@/lib/admin/i18n'
import { config as proxyConfig, proxy } from '@/proxy'

const config = { i18n: adminI18n } as unknown as Parameters<typeof getRequestLanguage>[0]['config']
const ENGLISH_BROWSER = 'en-US,en;q=0.9'

/** The request headers the page behind the proxy sees (Next passes overrides this way). */
function headersBehindProxy(request: NextRequest): Headers {
  const response = proxy(request)
  const overridden = response.headers.get('x-middleware-override-headers')
  if (overridden === null) return request.headers
  const seen = new Headers()
  for (const name of overridden.split(',').filter(Boolean)) {
    const value = response.headers.get(`x-middleware-request-${name}`)
    if (value !== null) seen.set(name, value)
  }
  return seen
}

function adminLanguageFor(path: string, headers: Record<string, string>): string {
  const seen = headersBehindProxy(new NextRequest(`http://localhost:3000${path}`, { headers }))
  return getRequestLanguage({ config, cookies: parseCookies(seen), headers: seen })
}

describe('the admin speaks Chinese unless the user chose otherwise', () => {
  test('Payload alone would follow an English browser (what the proxy corrects)', () => {
    const headers = new Headers({ 'accept-language': ENGLISH_BROWSER })
    expect(getRequestLanguage({ config, cookies: parseCookies(headers), headers })).toBe('en')
  })

  test.each(['/admin', '/admin/collections/articles', '/admin/login'])(
    '%s in an English browser is Chinese',
    (path) => {
      expect(unstable_doesMiddlewareMatch({ config: proxyConfig, url: path })).toBe(true)
      expect(adminLanguageFor(path, { 'accept-language': ENGLISH_BROWSER })).toBe('zh')
    },
  )

  test('English chosen on the account page (payload-lng cookie) stays English', () => {
    const headers = { 'accept-language': 'zh-CN', cookie: 'payload-lng=en; other=1' }
    expect(adminLanguageFor('/admin/account', headers)).toBe('en')
  })

  test('the portal keeps the browser header (only the admin is covered)', () => {
    const seen = headersBehindProxy(
      new NextRequest('http://localhost:3000/articles/abc', {
        headers: { 'accept-language': ENGLISH_BROWSER },
      }),
    )
    expect(seen.get('accept-language')).toBe(ENGLISH_BROWSER)
  })
})
