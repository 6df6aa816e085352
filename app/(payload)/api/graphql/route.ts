import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { boundedGraphqlPost } from '@/lib/security/boundedGraphqlPost'

export const POST = boundedGraphqlPost(config)
export const OPTIONS = REST_OPTIONS(config)
