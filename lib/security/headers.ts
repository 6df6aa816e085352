import type { ServerResponse } from 'node:http'

export type THeader = { key: string; value: string }

export type TSecurityHeaderOptions = {
  /** The public address (SITE_URL): https turns on HSTS and upgrades stray http requests. */
  siteUrl: string
  /** `next dev`: React's development build evaluates code, which production never does. */
  development?: boolean
}

/**
 * The Content-Security-Policy of every page, API answer and admin page. Scripts: only this origin,
 * plus inline scripts. Next's App Router streams each page's data as inline `<script>` tags whose
 * text differs per page and per render, so neither a hash list (fixed when the header is built)
 * nor nonces (a fresh one per response) can cover them: pages are cached (Next's cache, the page
 * cache in server.ts, nginx) and served to many readers byte for byte, and a nonce repeated to
 * everyone protects nothing. What still holds: no script from another origin, no `eval`, no
 * plugins, no <base> hijack, no framing by other sites, forms post only here. Inline styles are
 * allowed because Next and the admin set style attributes.
 */
export function contentSecurityPolicy({ siteUrl, development = false }: TSecurityHeaderOptions) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // data: for tiny inline images (blur placeholders), blob: for the admin's upload previews.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ]
  if (isHttps(siteUrl)) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/**
 * Uploaded files are shown, never run: an SVG opened on its own is a document of this origin, and
 * the page policy's inline scripts would run inside it. `sandbox` also gives it an opaque origin.
 */
export const UPLOADED_FILE_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

const isHttps = (siteUrl: string) => /^https:\/\//i.test(siteUrl)

/** Powerful browser features no page of the site uses, switched off for it and any frame. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ')

/** One year; subdomains too. Only when the site is served over https (SITE_URL). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains'

/** The security headers every answer carries; the one list next.config.ts and server.ts send. */
export function securityHeaders(options: TSecurityHeaderOptions): THeader[] {
  const headers: THeader[] = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers that predate CSP's frame-ancestors.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (isHttps(options.siteUrl)) {
    headers.push({ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY })
  }
  return headers
}

/** Sets `headers` on a response before anything else writes to it. */
export function setSecurityHeaders(response: ServerResponse, headers: THeader[]): void {
  for (const { key, value } of headers) response.setHeader(key, value)
}
