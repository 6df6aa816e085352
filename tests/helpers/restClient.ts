import { TEST_PASSWORD } from './users'

/** Where the portal runs in tests (SITE_URL), and so an origin Payload allows. */
export const SITE_ORIGIN = 'http://localhost:3000'

/** The `payload-token=…` pair of a login answer's Set-Cookie, ready for a Cookie header; '' if none. */
export function loginCookieOf(headers: Headers): string {
  const token = headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  return token?.split(';')[0] ?? ''
}

/** Logs `account` in on a running server; its login cookie pair. Throws when the login fails. */
export async function loginCookieFor(
  baseUrl: string,
  account: { email: string; password: string },
): Promise<string> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const cookie = loginCookieOf(login.headers)
  if (!cookie) throw new Error(`login as ${account.email} failed (${login.status})`)
  return cookie
}

export type TRestInit<TName extends string> = RequestInit & {
  /** Send the login cookie of this actor (see `signIn`). */
  as?: TName
  /** Sent as the JSON body, with its content type. */
  json?: unknown
}

let clientsSoFar = 0

/**
 * A client address of its own for X-Forwarded-For, which the test server trusts from loopback: for
 * tests about something else than rate limits, so their many calls do not add up to one client's.
 */
export function anotherClientAddress(): string {
  clientsSoFar += 1
  return `10.${(clientsSoFar >> 16) & 255}.${(clientsSoFar >> 8) & 255}.${clientsSoFar & 255}`
}

/**
 * A small REST client for the loopback server of `startRestServer`, which is only known in
 * `beforeAll`, hence `baseUrl` as a function. Answers carry the status, the parsed JSON body (null
 * when empty) and the raw headers. With `eachCallAnotherClient`, every call comes from a client
 * address of its own (see anotherClientAddress).
 */
export function createRestClient<TName extends string>(
  baseUrl: () => string,
  { eachCallAnotherClient = false }: { eachCallAnotherClient?: boolean } = {},
) {
  const cookies: Partial<Record<TName, string>> = {}

  async function api(path: string, { as, json, ...init }: TRestInit<TName> = {}) {
    const headers = new Headers(init.headers)
    if (eachCallAnotherClient && !headers.has('x-forwarded-for')) {
      headers.set('x-forwarded-for', anotherClientAddress())
    }
    if (as) {
      headers.set('cookie', cookies[as] ?? '')
      // What a browser on the portal sends; Payload honours the cookie only from allowed origins.
      // A test may send another Origin on purpose (CSRF); requests without `as` send none.
      if (!headers.has('origin')) headers.set('origin', SITE_ORIGIN)
    }
    if (json !== undefined) headers.set('content-type', 'application/json')
    const response = await fetch(`${baseUrl()}${path}`, {
      ...init,
      headers,
      body: json !== undefined ? JSON.stringify(json) : init.body,
    })
    const text = await response.text()
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    }
  }

  /** POST /api/users/login, remembering nothing. */
  const login = (email: string, password = TEST_PASSWORD) =>
    api('/api/users/login', { method: 'POST', json: { email, password } })

  /** Logs in and keeps the cookie for requests made `as: name`. */
  async function signIn(name: TName, email: string, password = TEST_PASSWORD) {
    cookies[name] = loginCookieOf((await login(email, password)).headers)
  }

  return { api, login, signIn, cookieOf: (name: TName) => cookies[name] ?? '' }
}
