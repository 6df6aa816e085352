import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyLimit } from '@/lib/security/bodyLimit'
import { boundedGraphqlPost } from '@/lib/security/boundedGraphqlPost'

export const POST = withBodyLimit(boundedGraphqlPost(config))
export const OPTIONS = REST_OPTIONS(config)
