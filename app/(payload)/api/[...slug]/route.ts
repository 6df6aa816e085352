import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withRouteRateLimits } from '@/lib/rateLimit/routeLimits'
import { withBodyLimit } from '@/lib/security/bodyLimit'

// `next dev` has no server.ts in front: the same body limits apply here before Payload reads a body.
// The rate limits apply where server.ts recorded the client's address (lib/rateLimit).
export const GET = withRouteRateLimits(REST_GET(config))
export const POST = withBodyLimit(withRouteRateLimits(REST_POST(config)))
export const DELETE = withRouteRateLimits(REST_DELETE(config))
export const PATCH = withBodyLimit(withRouteRateLimits(REST_PATCH(config)))
export const PUT = withBodyLimit(withRouteRateLimits(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
