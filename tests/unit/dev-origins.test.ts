import { mismatchedOrigin } from '@/collections/Users/hooks/siteUrlMismatch'
import { devHostnames, loginCookieOrigins } from '@/lib/security/devOrigins'

const interfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  eth0: [
    { address: '192.168.1.20', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
  ],
} as unknown as Parameters<typeof devHostnames>[0]

describe('where the login cookie is accepted', () => {
  test('production: SITE_URL only, whatever port the server runs on', () => {
    expect(
      loginCookieOrigins({ siteUrl: 'https://news.example/', development: false, port: '3100' }),
    ).toEqual(['https://news.example'])
  })

  test('development: also the dev server’s own origins on its port, the network address too', () => {
    const origins = loginCookieOrigins({
      siteUrl: 'http://localhost:3000',
      development: true,
      port: '3100',
      hostnames: devHostnames(interfaces),
    })
    expect(origins).toEqual([
      'http://localhost:3000',
      'http://localhost:3100',
      'http://127.0.0.1:3100',
      'http://[::1]:3100',
      'http://192.168.1.20:3100',
    ])
    expect(origins).not.toContain('http://192.168.1.20:3000')
  })

  test('development without a port: 3000, as `next dev` uses', () => {
    expect(
      loginCookieOrigins({
        siteUrl: 'http://localhost:3000',
        development: true,
        port: undefined,
        hostnames: ['127.0.0.1'],
      }),
    ).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
  })
})

describe('a site opened at an address other than SITE_URL', () => {
  const accepted = ['https://news.example']
  const headers = (values: Record<string, string>) => new Headers(values)

  test('is noticed when the page’s own origin is not accepted', () => {
    expect(
      mismatchedOrigin(
        headers({ origin: 'http://10.0.0.5:3000', host: '10.0.0.5:3000' }),
        accepted,
      ),
    ).toBe('http://10.0.0.5:3000')
  })

  test('is not confused with another site’s request, or a request without Origin', () => {
    expect(
      mismatchedOrigin(headers({ origin: 'https://evil.example', host: 'news.example' }), accepted),
    ).toBeNull()
    expect(mismatchedOrigin(headers({ host: 'news.example' }), accepted)).toBeNull()
    expect(
      mismatchedOrigin(headers({ origin: 'https://news.example', host: 'news.example' }), accepted),
    ).toBeNull()
  })
})
