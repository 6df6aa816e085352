import type { CollectionAfterLoginHook, PayloadRequest } from 'payload'

const TOLD = Symbol.for('newsroom.siteUrlMismatchTold')

/**
 * The origin a login came from when the site is opened somewhere its login cookie will not be
 * accepted: the browser's own page (Origin's host is the request's Host, so not another site) at
 * an origin missing from Payload's csrf list (SITE_URL, and in development the dev server's).
 */
export function mismatchedOrigin(
  headers: Headers,
  acceptedOrigins: readonly string[],
): string | null {
  const origin = headers.get('origin')
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (!origin || !host || acceptedOrigins.includes(origin)) return null
  try {
    return new URL(origin).host === host ? origin : null
  } catch {
    return null
  }
}

/**
 * The login succeeds, but every later request from that page is treated as signed out, which
 * looks like a broken site ("您无权执行此操作", 收藏 sending the reader to /login). Say why and
 * what to set, once per process.
 */
export const noticeSiteUrlMismatch: CollectionAfterLoginHook = ({ req, user }) => {
  const holder = globalThis as { [TOLD]?: boolean }
  if (holder[TOLD]) return user
  const origin = mismatchedOrigin(req.headers, req.payload.config.csrf)
  if (origin) {
    holder[TOLD] = true
    logMismatch(req, origin)
  }
  return user
}

function logMismatch(req: PayloadRequest, origin: string): void {
  const siteUrl = req.payload.config.serverURL || req.payload.config.csrf[0]
  req.payload.logger.warn(
    `a login came from ${origin}, but the site's address is ${siteUrl}: the browser's login cookie will be ignored there. Set SITE_URL=${origin} or open the site at ${siteUrl}.`,
  )
}
