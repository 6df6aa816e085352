import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { hasFragmentCycle } from './graphqlFragmentCycles'

/** The query text of a GraphQL POST body, JSON or not; null when there is none to check. */
async function queryOf(request: Request): Promise<string | null> {
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  try {
    const body: unknown = await request.clone().json()
    const query = body && typeof body === 'object' ? (body as { query?: unknown }).query : null
    return typeof query === 'string' ? query : null
  } catch {
    return null
  }
}

/**
 * Payload's GraphQL handler with the checks it cannot make itself in front; the row cost limit is
 * a validation rule in payload.config.ts (lib/security/graphqlRowCost.ts).
 */
export function boundedGraphqlPost(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const query = await queryOf(request)
    if (query !== null && hasFragmentCycle(query))
      return Response.json(
        { errors: [{ message: 'A fragment of this query spreads itself.' }] },
        { status: 400 },
      )
    return handler(request)
  }
}
