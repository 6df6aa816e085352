import type { Endpoint } from 'payload'

import { myBookmarksEndpoint } from './mine'
import { bookmarkStatesEndpoint } from './states'
import { bookmarkStatusEndpoint } from './status'

/** Custom endpoints of the bookmarks collection, matched before Payload's own `/:id` routes. */
export const bookmarkEndpoints: Endpoint[] = [
  bookmarkStatusEndpoint,
  bookmarkStatesEndpoint,
  myBookmarksEndpoint,
]
