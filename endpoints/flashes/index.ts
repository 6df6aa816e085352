import type { Endpoint } from 'payload'

import { flashVoteEndpoint } from './vote'
import { flashVotesEndpoint } from './votes'

/** Custom endpoints of the flashes collection, matched before Payload's own `/:id` routes. */
export const flashEndpoints: Endpoint[] = [flashVotesEndpoint, flashVoteEndpoint]
