import type { Endpoint } from 'payload'

import { getMyWatchlistEndpoint } from './getMine'
import { watchlistNewsEndpoint } from './news'
import { watchlistPanelEndpoint } from './panel'
import { putMyWatchlistEndpoint } from './putMine'

/** Custom endpoints of the watchlists collection, matched before Payload's own `/:id` routes. */
export const watchlistEndpoints: Endpoint[] = [
  watchlistPanelEndpoint,
  watchlistNewsEndpoint,
  getMyWatchlistEndpoint,
  putMyWatchlistEndpoint,
]
