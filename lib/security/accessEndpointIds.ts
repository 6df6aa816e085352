import type { Endpoint, PayloadHandler, SanitizedCollectionConfig } from 'payload'

import { documentId } from '@/lib/db/documentId'

/**
 * `/api/<collection>/access/:id` asks what the caller may do with one document. It runs no
 * collection hook, so the impossible-id rule of boundReadsHook.ts does not reach it, and an id such
 * as `1e309` went on to the database, which failed with a 500. Such an id is a 404 here too.
 */
function withPossibleId(endpoint: Endpoint): Endpoint {
  const handler: PayloadHandler = (req) => {
    const id = req.routeParams?.id
    if (typeof id === 'string' && documentId(id, req.payload) === null)
      return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    return endpoint.handler(req)
  }
  return { ...endpoint, handler }
}

export function refuseImpossibleAccessIds(collection: SanitizedCollectionConfig): void {
  if (!Array.isArray(collection.endpoints)) return
  collection.endpoints = collection.endpoints.map((endpoint) =>
    endpoint.path === '/access/:id?' ? withPossibleId(endpoint) : endpoint,
  )
}
