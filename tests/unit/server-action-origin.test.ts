import { actionOriginRefusal, mayBeServerAction } from '@/lib/security/serverActionOrigin'

describe('posts Next may take for a server action', () => {
  test('a Next-Action header or a multipart form, only with POST', () => {
    expect(mayBeServerAction('POST', { 'next-action': 'abc' })).toBe(true)
    expect(mayBeServerAction('POST', { 'content-type': 'multipart/form-data; boundary=x' })).toBe(
      true,
    )
    expect(mayBeServerAction('POST', { 'content-type': 'application/x-www-form-urlencoded' })).toBe(
      false,
    )
    expect(mayBeServerAction('PUT', { 'next-action': 'abc' })).toBe(false)
  })
})

describe("a server action's Origin", () => {
  const host = { host: 'news.example' }

  test('the same host, or none at all, goes on to Next', () => {
    expect(actionOriginRefusal({ ...host, origin: 'https://news.example' })).toBeNull()
    expect(actionOriginRefusal(host)).toBeNull()
    expect(
      actionOriginRefusal({
        host: 'app:3000',
        'x-forwarded-host': 'news.example, proxy.internal',
        origin: 'https://news.example',
      }),
    ).toBeNull()
  })

  test('another site, or "null", is a 403', () => {
    for (const origin of ['https://evil.example', 'null', 'https://news.example:8443'])
      expect(actionOriginRefusal({ ...host, origin })).toMatchObject({ status: 403 })
  })

  test('an Origin that is no URL is a 400', () => {
    for (const origin of ['Infinity', '', '{"$gt":""}'])
      expect(actionOriginRefusal({ ...host, origin })).toMatchObject({ status: 400 })
  })
})
