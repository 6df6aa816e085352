import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { getEnv } from './lib/env'

/**
 * Public feed URLs map onto internal routes with dynamic segments (app/(frontend)/feed/...). Those
 * are rendered on first request and then served from Next's cache until a publish invalidates
 * them, so `next build` never needs a database, and `?cursor=` / `?page=` stay cacheable paths.
 */
function feedRewrites(source: string, scope: string) {
  return [
    {
      source,
      has: [{ type: 'query' as const, key: 'cursor', value: '(?<cursor>.*)' }],
      destination: `/feed/${scope}/after/:cursor`,
    },
    {
      source,
      has: [{ type: 'query' as const, key: 'page', value: '(?<page>.*)' }],
      destination: `/feed/${scope}/page/:page`,
    },
    { source, destination: `/feed/${scope}` },
  ]
}

const nextConfig: NextConfig = {
  // The Docker image ships Next's standalone server; local `next start` uses the normal output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Lets a second dev server or build run beside the first without sharing .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { formats: ['image/avif', 'image/webp'] },
  poweredByHeader: false,
  async rewrites() {
    return { beforeFiles: [...feedRewrites('/', 'all'), ...feedRewrites('/tag/:slug', ':slug')] }
  },
}

export default function config(phase: string): NextConfig {
  // lib/env exempts the build from runtime-only requirements; build workers inherit the marker.
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE ??= phase
  // Validate the environment before anything is built or served: a bad variable stops here.
  getEnv()
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
