import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'

import { loginCookieFor } from './restClient'

/**
 * Reader accounts for end-to-end tests: each test that needs a signed-in reader gets an account
 * of its own, so it runs alone (`-t`) as well as after the others, and no test sees another's
 * bookmarks or watchlist.
 */

export type TReaderAccount = { name: string; email: string; password: string }

let made = 0

/** Details of an account nobody has registered yet. */
export function newReaderAccount(): TReaderAccount {
  made++
  return {
    name: '测试读者',
    email: `e2e-${Date.now()}-${made}@test.local`,
    password: 'e2e-password-123',
  }
}

/** Registers a new account through the REST API, as the 注册 form does (a reader, by rule). */
export async function registerReader(baseUrl: string): Promise<TReaderAccount> {
  const account = newReaderAccount()
  const response = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: account.name,
      email: account.email,
      password: account.password,
    }),
  })
  if (!response.ok)
    throw new Error(
      `registering ${account.email} failed (${response.status}): ${await response.text()}`,
    )
  return account
}

/** A browser context signed in (Payload's login cookie) as a reader registered for it alone. */
export async function signedInReaderContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; account: TReaderAccount }> {
  const account = await registerReader(baseUrl)
  const cookie = await loginCookieFor(baseUrl, account)
  const separator = cookie.indexOf('=')
  const context = await browser.newContext(options)
  await context.addCookies([
    {
      name: cookie.slice(0, separator),
      value: cookie.slice(separator + 1),
      url: baseUrl,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ])
  return { context, account }
}
