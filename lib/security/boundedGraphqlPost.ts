import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { hasFragmentCycle } from './graphqlFragmentCycles'
import { hasSubscription } from './graphqlSubscriptions'

type TBodyQuery = { ok: true; query: string | null } | { ok: false }

/**
 * The query text of a GraphQL POST body (null when there is none to check), or not ok when the
 * body says it is JSON and is not: Payload's handler throws on that past its own error handling,
 * which Next answers with a 500.
 */
async function queryOf(request: Request): Promise<TBodyQuery> {
  // Payload reads a body as JSON exactly when its type, parameters aside, is application/json.
  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.split(';', 1)[0] !== 'application/json') return { ok: true, query: null }
  const text = await request.clone().text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    return { ok: false }
  }
  const query = body && typeof body === 'object' ? (body as { query?: unknown }).query : null
  return { ok: true, query: typeof query === 'string' ? query : null }
}

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Payload's GraphQL handler with the checks it cannot make itself in front; the row cost limit is
 * a validation rule in payload.config.ts (lib/security/graphqlRowCost.ts).
 */
export function boundedGraphqlPost(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const body = await queryOf(request)
    if (!body.ok) return refuse('请求体不是合法的 JSON / the request body is not valid JSON')
    if (body.query !== null && hasFragmentCycle(body.query))
      return refuse('A fragment of this query spreads itself.')
    if (body.query !== null && hasSubscription(body.query))
      return refuse('This API has no subscriptions.')
    return handler(request)
  }
}
