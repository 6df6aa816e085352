import type { Endpoint, SanitizedCollectionConfig } from 'payload'

const VERSION_ROUTES = new Set(['/versions', '/versions/:id'])

/** Whether an endpoint needs a feature the collection has turned off. */
function needsWhatIsOff(endpoint: Endpoint, collection: SanitizedCollectionConfig): boolean {
  if (endpoint.path === '/verify/:id') return !collection.auth?.verify
  if (VERSION_ROUTES.has(endpoint.path)) return !collection.versions
  return false
}

/**
 * Routes that can only fail: a collection with no REST routes (`endpoints: false`, the migrations)
 * answers 501 for every path under it; e-mail verification, which is off, has no token field to
 * look up, and restoring a version of a collection without versions reads a table that does not
 * exist (both a 500). Without them Payload answers its ordinary 404 for a route that does not exist.
 */
export function dropRoutesThatCannotWork(collection: SanitizedCollectionConfig): void {
  if (collection.endpoints === false) collection.endpoints = []
  collection.endpoints = collection.endpoints.filter(
    (endpoint) => !needsWhatIsOff(endpoint, collection),
  )
}
