import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { getEnv } from './lib/env'

// Validate the environment before anything is built or served: a bad variable stops here.
getEnv()

const nextConfig: NextConfig = {
  // The Docker image ships Next's standalone server; local `next start` uses the normal output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  images: { formats: ['image/avif', 'image/webp'] },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
