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

import { withBodyLimit } from '@/lib/security/bodyLimit'

export const GET = REST_GET(config)
// `next dev` has no server.ts in front: the same body limits apply here before Payload reads a body.
export const POST = withBodyLimit(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = withBodyLimit(REST_PATCH(config))
export const PUT = withBodyLimit(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
