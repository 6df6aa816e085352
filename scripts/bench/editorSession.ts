import { demoAccounts } from '@/lib/seed/accounts'

export type TEditorSession = { cookie: string; draftModeCookie: string }

const editor = demoAccounts.find((account) => account.roles[0] === 'editor')!

function cookiePair(headers: Headers, name: string): string {
  const found = headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`))
  return found?.split(';')[0] ?? ''
}

/**
 * The demo editor's login cookie, and a draft-mode cookie (entered through /preview like the
 * admin's preview button): with it Next renders pages on every request and skips unstable_cache,
 * which is how the benchmark measures an uncached render.
 */
export async function openEditorSession(origin: string, anySlug: string): Promise<TEditorSession> {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  })
  const cookie = cookiePair(login.headers, 'payload-token')
  if (!login.ok || !cookie)
    throw new Error(
      `the demo editor (${editor.email}) cannot log in (${login.status}): the bench database must be made by npm run seed:large on an empty file (delete it and rerun)`,
    )
  const preview = await fetch(`${origin}/preview?slug=${anySlug}`, {
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
    redirect: 'manual',
  })
  const draftModeCookie = cookiePair(preview.headers, '__prerender_bypass')
  if (!draftModeCookie) throw new Error(`/preview gave no draft-mode cookie (${preview.status})`)
  return { cookie, draftModeCookie }
}
