import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { withRouteRateLimits } from '@/lib/rateLimit/routeLimits'
import { withBodyLimit } from '@/lib/security/bodyLimit'
import { boundedGraphqlPost } from '@/lib/security/boundedGraphqlPost'
import { withWellFormedRequest } from '@/lib/security/wellFormedRequest'

export const POST = withBodyLimit(
  withRouteRateLimits(withWellFormedRequest(boundedGraphqlPost(config))),
)
export const OPTIONS = REST_OPTIONS(config)
