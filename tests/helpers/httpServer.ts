import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { stampClientAddress } from '@/lib/rateLimit/clientAddress'
import { withRouteRateLimits } from '@/lib/rateLimit/routeLimits'
import { compileTrustedProxies } from '@/lib/rateLimit/trustedProxies'
import { boundedGraphqlPost } from '@/lib/security/boundedGraphqlPost'
import { withWellFormedRequest } from '@/lib/security/wellFormedRequest'

export type TTestServer = { baseUrl: string; close: () => Promise<void> }

/**
 * Payload's REST API (and GraphQL at /api/graphql) on a real loopback HTTP port, through the same
 * fetch-style handlers, rate limits and input checks that the Next.js routes under
 * `app/(payload)/api` use, without building the whole Next app. Like server.ts behind nginx, it takes the client's address
 * from X-Forwarded-For when the peer is a trusted proxy (by default loopback, so a test can speak
 * for several clients).
 */
export async function startRestServer(
  config: SanitizedConfig,
  {
    trustedProxies = 'loopback',
    routes = [],
  }: {
    trustedProxies?: string
    /** Next route handlers to serve too, by path prefix (e.g. /api/v1), before Payload's REST. */
    routes?: { prefix: string; handle: (request: Request) => Promise<Response> }[]
  } = {},
): Promise<TTestServer> {
  const graphql = withRouteRateLimits(withWellFormedRequest(boundedGraphqlPost(config)))
  const rest = withRouteRateLimits(
    withWellFormedRequest((request: Request) => handleEndpoints({ config, request })),
  )
  const trust = compileTrustedProxies(trustedProxies)
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      stampClientAddress(incoming, trust)
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const hasBody = !['GET', 'HEAD'].includes(incoming.method ?? 'GET') && chunks.length > 0
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
      }
      const { port } = server.address() as AddressInfo
      const request = new Request(`http://127.0.0.1:${port}${incoming.url}`, {
        method: incoming.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      })
      const route = routes.find(({ prefix }) => incoming.url?.startsWith(prefix))
      const response = route
        ? await route.handle(request)
        : incoming.url === '/api/graphql' && incoming.method === 'POST'
          ? await graphql(request)
          : await rest(request)
      const outHeaders: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outHeaders[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outHeaders['set-cookie'] = cookies
      outgoing.writeHead(response.status, outHeaders)
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(`test server error: ${(error as Error).message}`)
    }
  })
  // fetch keeps the connection for the next call; a test that works through the Local API for a
  // while in between (a long beforeAll on a busy machine) must not find it closed by the server's
  // 5 s default, or its next request fails with ECONNRESET before reaching the server.
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
