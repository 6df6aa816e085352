import type { Endpoint } from 'payload'

import { adoptEndpoint } from './adopt'
import { quotesEndpoint } from './quotes'
import { searchEndpoint } from './search'

/** Custom endpoints of the `coins` collection, served by Payload's REST handler at /api/coins/…. */
export const coinEndpoints: Endpoint[] = [quotesEndpoint, searchEndpoint, adoptEndpoint]
