import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { getEnv } from './lib/env'

const nextConfig: NextConfig = {
  // The Docker image ships Next's standalone server; local `next start` uses the normal output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  images: { formats: ['image/avif', 'image/webp'] },
  poweredByHeader: false,
}

export default function config(phase: string): NextConfig {
  // lib/env exempts the build from runtime-only requirements; build workers inherit the marker.
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE ??= phase
  // Validate the environment before anything is built or served: a bad variable stops here.
  getEnv()
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
