import { demoAccounts } from '@/lib/seed/accounts'
import type { TLoadRow } from './report'
import type { TLoadResult } from './wrk'

/** The content API's article list, as a partner's app polls it. */
export const CONTENT_API_LIST = '/api/v1/articles?limit=20'

const admin = demoAccounts.find((account) => account.roles[0] === 'admin')!

/** The highest limit a key can have: above what one wrk run sends, so the run measures the route. */
const BENCH_KEY_LIMIT_PER_MINUTE = 100_000

/**
 * A consumer's API key, made as an admin makes one (the api-keys collection, then 生成密钥's
 * endpoint), with a limit that wrk cannot reach.
 */
async function benchApiKey(origin: string, siteUrl: string): Promise<string> {
  // Payload honours the login cookie only from the site's own origin (SITE_URL, nginx's here).
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: siteUrl },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  if (!login.ok || !cookie) throw new Error(`the demo admin cannot log in (${login.status})`)
  const headers = {
    cookie: cookie.split(';')[0]!,
    origin: siteUrl,
    'content-type': 'application/json',
  }
  const created = await fetch(`${origin}/api/api-keys`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'bench', rateLimitPerMinute: BENCH_KEY_LIMIT_PER_MINUTE }),
  })
  if (!created.ok)
    throw new Error(
      `creating a bench API key failed (${created.status}): ${(await created.text()).slice(0, 200)}`,
    )
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  const generated = await fetch(`${origin}/api/api-keys/${doc.id}/generate`, {
    method: 'POST',
    headers,
  })
  if (!generated.ok) throw new Error(`generating the bench API key failed (${generated.status})`)
  return ((await generated.json()) as { key: string }).key
}

/**
 * The content API beyond the anonymous rows of the main table: a keyed consumer (its requests skip
 * the shared caches, so every one runs the route: key check, limit, cached read, ETag) and
 * revalidations with the list's ETag (304), from the origin's page cache and from nginx.
 */
export async function measureContentApi(options: {
  origin: string
  /** The app's SITE_URL, the origin its admin requests come from. */
  siteUrl: string
  edgeBase: string
  load: (url: string, headers?: Record<string, string>) => Promise<TLoadResult>
}): Promise<TLoadRow[]> {
  const { origin, siteUrl, edgeBase, load } = options
  const key = await benchApiKey(origin, siteUrl)
  const keyed = { 'x-api-key': key }
  const first = await fetch(`${origin}${CONTENT_API_LIST}`, { headers: keyed })
  if (!first.ok) throw new Error(`${CONTENT_API_LIST} with the bench key: ${first.status}`)
  const etag = first.headers.get('etag')
  if (!etag) throw new Error(`${CONTENT_API_LIST} answered without an ETag`)
  const rows: TLoadRow[] = []
  console.log('measuring: content API list with a key via origin')
  rows.push({
    name: 'API list, keyed',
    via: 'origin',
    result: await load(`${origin}${CONTENT_API_LIST}`, keyed),
  })
  for (const [via, base] of [
    ['origin', origin],
    ['micro-cache', edgeBase],
  ] as const) {
    console.log(`measuring: content API list 304 via ${via}`)
    await fetch(`${base}${CONTENT_API_LIST}`, { headers: { 'accept-encoding': 'identity' } })
    rows.push({
      name: 'API list, 304',
      via,
      result: await load(`${base}${CONTENT_API_LIST}`, { 'if-none-match': etag }),
    })
  }
  return rows
}
