/**
 * The cookie the language switcher sets: the reader's chosen edition. Pages never read it (they
 * are the same for everyone); only a request for the bare home page is redirected by it
 * (proxy.ts), so a reader who chose English lands on /en. An underscore, not a hyphen: nginx
 * reads it as `$cookie_newsroom_edition` (deploy/nginx.conf).
 */
export const EDITION_COOKIE = 'newsroom_edition'

/** A year: the choice outlives the session, like the portals' own language settings. */
export const EDITION_COOKIE_MAX_AGE = 365 * 24 * 60 * 60
