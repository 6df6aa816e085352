import { z } from 'zod/mini'

import { splitLocalePath } from '@/lib/i18n/locales'

const SITE_PLACEHOLDER = 'https://same-site.invalid'

function staysOnSite(value: string): boolean {
  // zod runs every check even after the regex failed, so this sees hostile input too.
  try {
    return new URL(value, SITE_PLACEHOLDER).origin === SITE_PLACEHOLDER
  } catch {
    return false
  }
}

/**
 * A same-site relative path: one leading `/`, then neither `/` nor `\` (browsers read `/\host` and
 * `//host` as another site), and no control characters (the URL parser drops tabs and newlines, so
 * `/\t/host` would also become `//host`). The URL check has the final word on the origin.
 */
const ZSafeNextSchema = z
  .string()
  .check(
    z.maxLength(2048),
    z.regex(/^\/(?![/\\])[^\\\u0000-\u001f\u007f]*$/),
    z.refine(staysOnSite),
  )

/** Where to go after login: `value` if it stays on this site, otherwise `fallback`. */
export function safeNextPath(value: unknown, fallback = '/'): string {
  const parsed = ZSafeNextSchema.safeParse(value)
  return parsed.success ? parsed.data : fallback
}

/**
 * `/login?next=…` (or `/register?next=…`), leaving out a `next` that only means the home page.
 * Slashes may stand unescaped in a query, which keeps the address readable (`?next=/account`).
 */
export function withNext(page: '/login' | '/register', next: string): string {
  const safe = safeNextPath(next)
  return safe === '/' ? page : `${page}?next=${encodeURIComponent(safe).replace(/%2F/g, '/')}`
}

/**
 * Where login should return to from the page at `currentPath` (path and query). On the login and
 * registration pages themselves (in any edition) that is their own `next`, so switching between
 * them keeps it.
 */
export function returnPathFrom(currentPath: string | null): string {
  if (!currentPath) return '/'
  const url = new URL(currentPath, SITE_PLACEHOLDER)
  if (url.origin !== SITE_PLACEHOLDER) return '/'
  const page = splitLocalePath(url.pathname).path
  if (page === '/login' || page === '/register') {
    return safeNextPath(url.searchParams.get('next'))
  }
  return safeNextPath(url.pathname + url.search)
}
