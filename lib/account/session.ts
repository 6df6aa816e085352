import { z } from 'zod/mini'

import { callApi } from '@/lib/browser/apiClient'
import { ZIdSchema } from './ids'
import { readPayloadErrors } from './payloadErrors'

const ZMeSchema = z.object({
  user: z.nullable(z.object({ id: ZIdSchema, displayName: z.string(), email: z.string() })),
})

export type TCurrentUser = { id: string; displayName: string; email: string }

/** The signed-in user, `null` for a visitor, or `undefined` when the answer could not be had. */
export async function fetchCurrentUser(
  signal?: AbortSignal,
): Promise<TCurrentUser | null | undefined> {
  const result = await callApi('/api/users/me', { signal })
  if ('networkError' in result || !result.ok) return undefined
  const parsed = ZMeSchema.safeParse(result.body)
  return parsed.success ? parsed.data.user : undefined
}

let userOfThisPage: Promise<TCurrentUser | null | undefined> | undefined

/**
 * fetchCurrentUser asked once per page load and shared by its callers (the header's account link,
 * the feed cards' 收藏). Logging in and out always loads a new page, so the answer holds for the
 * page's life; an answer that could not be had is not kept, so the next caller asks again.
 */
export function currentUserOfThisPage(): Promise<TCurrentUser | null | undefined> {
  userOfThisPage ??= fetchCurrentUser().then((user) => {
    if (user === undefined) userOfThisPage = undefined
    return user
  })
  return userOfThisPage
}

export type TLoginOutcome =
  'ok' | 'wrong-credentials' | 'too-many' | 'unverified' | 'network' | 'failed'

/** POST /api/users/login; on success the server has set the HTTP-only cookie. */
export async function logIn(email: string, password: string): Promise<TLoginOutcome> {
  const result = await callApi('/api/users/login', { method: 'POST', json: { email, password } })
  if ('networkError' in result) return 'network'
  if (result.ok) return 'ok'
  // One answer for an unknown address and a wrong password (accounts are never locked).
  if (result.status === 401 || result.status === 400) return 'wrong-credentials'
  // The right password for an account whose address is not verified yet (EMAIL_VERIFICATION).
  if (result.status === 403) return 'unverified'
  return result.status === 429 ? 'too-many' : 'failed'
}

export type TRegisterOutcome =
  | { ok: true }
  | { ok: false; network: boolean; tooMany: boolean; fields: { path: string; message: string }[] }

/** POST /api/users: an open registration that always yields a reader account. */
export async function register(data: {
  displayName: string
  email: string
  password: string
}): Promise<TRegisterOutcome> {
  const result = await callApi('/api/users', { method: 'POST', json: data })
  if ('networkError' in result) return { ok: false, network: true, tooMany: false, fields: [] }
  if (result.ok) return { ok: true }
  if (result.status === 429) return { ok: false, network: false, tooMany: true, fields: [] }
  return {
    ok: false,
    network: false,
    tooMany: false,
    fields: readPayloadErrors(result.body).fields,
  }
}

/** POST /api/users/logout. A 4xx means there was no session to end, which is just as good. */
export async function logOut(): Promise<'ok' | 'failed'> {
  const result = await callApi('/api/users/logout', { method: 'POST' })
  if ('networkError' in result || result.status >= 500) return 'failed'
  return 'ok'
}
