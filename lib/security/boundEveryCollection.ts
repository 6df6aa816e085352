import type { SanitizedConfig } from 'payload'

import { refuseImpossibleAccessIds } from './accessEndpointIds'
import { boundReadsHook } from './boundReadsHook'
import { restrictPayloadCollection } from './payloadCollections'
import { dropRoutesThatCannotWork } from './routesThatCannotWork'

/**
 * Runs on the sanitized config, because that is the first point where Payload's own collections
 * (locks, preferences, migrations, jobs, key-value store) exist: plugins run before they are added.
 * Every collection, ours and Payload's, gets bounded reads and 404s for impossible ids (its access
 * route too), and loses the routes that could only fail.
 */
export function boundEveryCollection(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [boundReadsHook, ...(collection.hooks.beforeOperation ?? [])]
    restrictPayloadCollection(collection)
    dropRoutesThatCannotWork(collection)
    refuseImpossibleAccessIds(collection)
  }
  return config
}
