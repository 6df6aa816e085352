import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'

import { getEnv, type TEnv } from './lib/env'
import { editionRedirects, editionRewrites } from './lib/editionRewrites'
import { devHostnames } from './lib/security/devOrigins'
import { securityHeaders, UPLOADED_FILE_POLICY } from './lib/security/headers'

const nextConfig = (env: TEnv, phase: string): NextConfig => ({
  // The Docker image ships Next's standalone server; local `next start` uses the normal output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Lets a second dev server or build run beside the first without sharing .next.
  distDir: env.NEXT_DIST_DIR,
  images: { formats: ['image/avif', 'image/webp'] },
  poweredByHeader: false,
  // `next dev` opened at 127.0.0.1 or the printed network address, not only localhost, must get
  // its dev socket and scripts, or the page never becomes interactive.
  allowedDevOrigins: phase === PHASE_DEVELOPMENT_SERVER ? devHostnames() : undefined,
  // Next's file-system cache, keeping no not-found pages: junk URLs leave nothing behind.
  cacheHandler: path.resolve('lib/nextCache/cacheHandler.mjs'),
  async rewrites() {
    return { beforeFiles: editionRewrites() }
  },
  async redirects() {
    return editionRedirects()
  },
  /**
   * Every page, API answer, file and admin page (lib/security/headers.ts). Resolved when the app is
   * built; the production server (server.ts) sends the same list resolved at start, which adds
   * HSTS when the runtime SITE_URL is https.
   */
  async headers() {
    const development = phase === PHASE_DEVELOPMENT_SERVER
    return [
      { source: '/:path*', headers: securityHeaders({ siteUrl: env.SITE_URL, development }) },
      // A later rule wins for the same header (server.ts's value included).
      {
        source: '/api/media/file/:path*',
        headers: [{ key: 'Content-Security-Policy', value: UPLOADED_FILE_POLICY }],
      },
    ]
  },
})

/**
 * withPayload sends `Accept-CH`/`Critical-CH: Sec-CH-Prefers-Color-Scheme` (and a matching `Vary`)
 * on every path so the admin can render in the reader's colour scheme. `Critical-CH` makes the
 * browser restart a reader's first navigation to ask again with the hint (a redirect's cost on
 * every first visit), and the `Vary` splits shared caches: the portal needs neither, so they are
 * kept to the admin.
 */
function adminOnlyColorSchemeHints(config: NextConfig): NextConfig {
  const payloadHeaders = config.headers
  if (!payloadHeaders) return config
  return {
    ...config,
    async headers() {
      return (await payloadHeaders()).map((rule) =>
        rule.source === '/:path*' && rule.headers.some(({ key }) => key === 'Critical-CH')
          ? { ...rule, source: '/admin/:path*' }
          : rule,
      )
    },
  }
}

export default function config(phase: string): NextConfig {
  // lib/env exempts the build from runtime-only requirements; build workers inherit the marker.
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE ??= phase
  // Validate the environment before anything is built or served: a bad variable stops here.
  const env = getEnv()
  // next-intl finds its request configuration (the portal's message catalogs) through this alias.
  const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')
  return withNextIntl(
    adminOnlyColorSchemeHints(
      withPayload(nextConfig(env, phase), { devBundleServerPackages: false }),
    ),
  )
}
