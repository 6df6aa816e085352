/** What the fuzzer learns from the site before it starts, and the reader it signs in as. */
import { loginCookieOf } from '@/tests/helpers/restClient'

import type { TFuzzSite } from './requests'
import { fetchActionForm } from './serverActions'

async function firstDoc(baseUrl: string, collection: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}/api/${collection}?limit=1&depth=0`)
  const body = (await response.json()) as { docs?: Record<string, unknown>[] }
  return body.docs?.[0] ?? {}
}

/** Real values for the routes' placeholders, and the forms' hidden fields. */
export async function discoverSite(baseUrl: string): Promise<TFuzzSite> {
  const [article, tag, media] = await Promise.all(
    ['articles', 'tags', 'media'].map((collection) => firstDoc(baseUrl, collection)),
  )
  return {
    origin: baseUrl,
    known: {
      articleId: String(article?.id ?? 1),
      slug: String(article?.slug ?? 'no-article'),
      tag: String(tag?.slug ?? 'no-tag'),
      file: String(media?.filename ?? 'no-file.png'),
    },
    forms: {
      '/login': await fetchActionForm(baseUrl, '/login'),
      '/register': await fetchActionForm(baseUrl, '/register'),
      '/account': await fetchActionForm(baseUrl, '/account'),
    },
  }
}

/**
 * A reader registered for this run, signed in: it owns no bookmark and no watchlist, so no
 * request it makes can delete or change anything that was there before.
 */
export async function signInFreshReader(baseUrl: string, seed: number): Promise<string> {
  const account = {
    email: `fuzz-reader-${seed}-${Date.now()}@fuzz.local`,
    password: 'kettle-orbit-lantern-93',
    displayName: '模糊测试读者',
  }
  const registered = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    // A client address of its own, so that runs against one server are not refused as too many
    // sign-ups (the fuzz requests themselves use 10.x.x.x).
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `192.0.2.${(seed + Date.now()) % 256}`,
    },
    body: JSON.stringify(account),
  })
  if (!registered.ok)
    throw new Error(`registering the fuzzing reader failed (${registered.status})`)
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const cookie = loginCookieOf(login.headers)
  if (!cookie) throw new Error(`the fuzzing reader could not log in (${login.status})`)
  return cookie
}
