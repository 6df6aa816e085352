import 'server-only'
import { cookies, headers } from 'next/headers'
import { createLocalReq } from 'payload'

import { auditFailedLogin } from '@/collections/Users/hooks/auditAccounts'
import { thrownPayloadError } from '@/lib/account/payloadErrors'
import { getPayloadClient } from '@/lib/queries/payload'

export type TFormLoginOutcome = 'ok' | 'wrong-credentials' | 'too-many' | 'unverified'

/**
 * The form's request headers for Payload's local API, so its hooks see the client address that
 * server.ts recorded and the account rate limits (collections/Users/hooks/throttleAccounts.ts)
 * count a form post like the REST call it stands in for.
 */
export const formRequest = async () => ({ headers: new Headers(await headers()) })

/**
 * Logs in with Payload's own login operation (the same checks and answers as POST
 * /api/users/login) and sets its login cookie on the answer, for the forms' server actions.
 * Anything but refused credentials is a real failure and is thrown.
 */
export async function logInAndSetCookie(credentials: {
  email: string
  password: string
}): Promise<TFormLoginOutcome> {
  const payload = await getPayloadClient()
  let token: string | undefined
  const req = await formRequest()
  try {
    ;({ token } = await payload.login({ collection: 'users', data: credentials, req }))
  } catch (error) {
    // 401 for an unknown address and a wrong password alike, 400 for a missing field.
    const status = thrownPayloadError(error)?.status
    if (status === 401)
      await auditFailedLogin(await createLocalReq({ req }, payload), credentials.email)
    if (status === 401 || status === 400) return 'wrong-credentials'
    if (status === 429) return 'too-many'
    // The right password for an account whose address is not verified yet (EMAIL_VERIFICATION).
    if (status === 403) return 'unverified'
    throw error
  }
  if (!token) throw new Error('Payload logged the user in without a token')
  await setLoginCookie(token)
  return 'ok'
}

/** Sets Payload's login cookie for `token` on the answer, as Payload's REST login does. */
export async function setLoginCookie(token: string): Promise<void> {
  const payload = await getPayloadClient()
  const auth = payload.collections.users.config.auth
  // What Payload's REST login sets (tokenExpiration is in seconds).
  const expires = new Date(Date.now() + auth.tokenExpiration * 1000)
  ;(await cookies()).set(`${payload.config.cookiePrefix}-token`, token, {
    domain: auth.cookies.domain,
    expires,
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secure: auth.cookies.secure,
  })
}

export type TFormRegisterOutcome =
  { ok: true } | { ok: false; tooMany: boolean; fields: { path: string; message: string }[] }

/**
 * Creates a reader account as a visitor would over REST (access control on, so the roles field is
 * dropped and the password policy applies), for the register form's server action.
 */
export async function registerReader(data: {
  displayName: string
  email: string
  password: string
}): Promise<TFormRegisterOutcome> {
  const payload = await getPayloadClient()
  try {
    const req = await formRequest()
    await payload.create({ collection: 'users', data, overrideAccess: false, req })
    return { ok: true }
  } catch (error) {
    const refused = thrownPayloadError(error)
    if (refused?.status === 429) return { ok: false, tooMany: true, fields: [] }
    if (refused?.status === 400) return { ok: false, tooMany: false, fields: refused.fields }
    throw error
  }
}
