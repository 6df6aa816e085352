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
import { withWellFormedRequest } from '@/lib/security/wellFormedRequest'

// `next dev` has no server.ts in front: the same body limits apply here before Payload reads a body.
// The rate limits apply where server.ts recorded the client's address (lib/rateLimit). A query
// string or body that Payload's parsing would fail on is a 400 before it gets there.
export const GET = withRouteRateLimits(withWellFormedRequest(REST_GET(config)))
export const POST = withBodyLimit(withRouteRateLimits(withWellFormedRequest(REST_POST(config))))
export const DELETE = withRouteRateLimits(withWellFormedRequest(REST_DELETE(config)))
export const PATCH = withBodyLimit(withRouteRateLimits(withWellFormedRequest(REST_PATCH(config))))
export const PUT = withBodyLimit(withRouteRateLimits(withWellFormedRequest(REST_PUT(config))))
export const OPTIONS = REST_OPTIONS(config)
