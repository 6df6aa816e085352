/**
 * Payload picks the admin's language from the `payload-lng` cookie (set when a user switches
 * language on their account page), then from the browser's Accept-Language, then from the
 * config's fallback language. Our editors work in Chinese whatever their browser asks for, so the
 * browser's wish is dropped before Payload reads it: the cookie still wins, the fallback (zh)
 * comes next.
 */
export function withoutBrowserLanguage(headers: Headers): Headers {
  const kept = new Headers(headers)
  kept.delete('accept-language')
  return kept
}

/** The admin's pages and server actions; its REST calls send the chosen language themselves. */
export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/')
}
