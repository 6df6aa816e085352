/**
 * What no shared cache may answer from or store: the one list behind both of the app's shared
 * caches. The server's page cache builds its rules from it (lib/pageCache/rules.ts); nginx's
 * micro-cache (deploy/nginx.conf) cannot import it, so tests/unit/cache-policy.test.ts reads the
 * config's bypass maps and fails when they say anything else. Pages never read cookies, so these
 * requests are the only ones that can be answered with a page of their own.
 *
 * The patterns are written in the regular-expression syntax JavaScript and nginx (PCRE) share, and
 * are meant to be matched case-insensitively (the `i` flag, nginx's `~*`).
 */

/**
 * Payload's login cookie; Next's draft-mode cookie, and the preview-mode cookie Next sets beside
 * it when a preview is started through the older API.
 */
export const PERSONAL_COOKIES = [
  'payload-token',
  '__prerender_bypass',
  '__next_preview_data',
] as const

/**
 * First path segments that are personal, live or admin: Payload's REST and GraphQL (with every
 * personal JSON endpoint and the logins that set the cookie), the admin, draft preview, the
 * signed-in pages and the auth forms. Public JSON (/feed-items), RSS and sitemaps are not here:
 * they are the same for everyone.
 */
export const PERSONAL_PATH_SEGMENTS = [
  'api',
  'admin',
  'preview',
  'account',
  'watchlist',
  'login',
  'register',
] as const

/** Request headers that identify a user as the login cookie does (Payload API keys and JWTs). */
export const PERSONAL_HEADERS = ['authorization'] as const

/** A Cookie header that carries one of PERSONAL_COOKIES (other cookies do not count). */
export const PERSONAL_COOKIE_PATTERN = `(^|[;,]\\s*)(${PERSONAL_COOKIES.join('|')})=`

/** A path whose first segment is one of `segments`; paths are decoded and normalised first. */
export const pathSegmentPattern = (segments: readonly string[]): string =>
  `^/(${segments.join('|')})(/|$)`

/** A path under one of PERSONAL_PATH_SEGMENTS. */
export const PERSONAL_PATH_PATTERN = pathSegmentPattern(PERSONAL_PATH_SEGMENTS)
