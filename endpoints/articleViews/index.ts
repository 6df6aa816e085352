import type { Endpoint } from 'payload'

import { recordViewEndpoint } from './recordView'

/** Custom endpoints of the article-views collection, matched before Payload's own routes. */
export const articleViewEndpoints: Endpoint[] = [recordViewEndpoint]
