import type { SanitizedConfig } from 'payload'

import { boundReadsHook } from './boundReadsHook'
import { restrictPayloadCollection } from './payloadCollections'

/**
 * Runs on the sanitized config, because that is the first point where Payload's own collections
 * (locks, preferences, migrations, jobs, key-value store) exist: plugins run before they are added.
 * Every collection, ours and Payload's, gets bounded reads and 404s for impossible ids.
 */
export function boundEveryCollection(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [boundReadsHook, ...(collection.hooks.beforeOperation ?? [])]
    restrictPayloadCollection(collection)
  }
  return config
}
