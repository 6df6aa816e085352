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
import { DEFAULT_LOCALE, LOCALES, localePrefix } from '@/lib/i18n/locales'

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
  'forgot-password',
  'reset-password',
  'verify-email',
] as const

/**
 * Request headers that identify a caller as the login cookie does: Payload API keys and JWTs
 * (`Authorization`), and the content API's keys (`X-Api-Key`), which must be checked on every
 * request, so a keyed read is never answered from a shared copy.
 */
export const PERSONAL_HEADERS = ['authorization', 'x-api-key'] as const

/** A Cookie header that carries one of PERSONAL_COOKIES (other cookies do not count). */
export const PERSONAL_COOKIE_PATTERN = `(^|[;,]\\s*)(${PERSONAL_COOKIES.join('|')})=`

/** The prefixes of the editions other than zh-CN's unprefixed one (`/zh-tw`, `/en`). */
const EDITION_PREFIXES = LOCALES.map(localePrefix).filter(Boolean)

/**
 * A path whose first segment is one of `segments`, in any edition (`/account`, `/en/account`);
 * paths are decoded and normalised first.
 */
export const pathSegmentPattern = (segments: readonly string[]): string =>
  `^(${EDITION_PREFIXES.join('|')})?/(${segments.join('|')})(/|$)`

/** A path under one of PERSONAL_PATH_SEGMENTS. */
export const PERSONAL_PATH_PATTERN = pathSegmentPattern(PERSONAL_PATH_SEGMENTS)

/**
 * The one public part of /api: the read-only content API (docs/api.md), the same for every
 * anonymous caller. Checked before PERSONAL_PATH_PATTERN (nginx: the first matching regex of a
 * map wins), so its anonymous reads are cached while the rest of /api stays bypassed; a keyed
 * read still bypasses by its header (PERSONAL_HEADERS).
 */
export const PUBLIC_API_PATH_PATTERN = '^/api/v1/'

/**
 * A reader who chose another edition with the language switcher is redirected from the bare home
 * page to that edition's (proxy.ts), so that one request is theirs alone. Matched against
 * `<path and query>:<value of EDITION_COOKIE>` (nginx: `$request_uri:$cookie_newsroom_edition`).
 * Every other page, `/?cursor=…` included, is the same whatever the cookie says.
 */
export const EDITION_CHOICE_PATTERN = `^/:(${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|')})$`
