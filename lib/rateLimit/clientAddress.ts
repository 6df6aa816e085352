import type { IncomingMessage } from 'node:http'

import proxyaddr from 'proxy-addr'

import type { TTrustProxy } from './trustedProxies'

/**
 * Where server.ts writes the address of the client it is serving, for the code behind Next (route
 * handlers, Payload hooks, server actions), which cannot see the connection. server.ts sets it on
 * every request, replacing whatever a client sent under this name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address'

/**
 * Records the request's client address: the connection's peer, or, when that peer is a trusted
 * proxy, the nearest address in X-Forwarded-For that is not one (proxy-addr's rule).
 */
export function stampClientAddress(request: IncomingMessage, trust: TTrustProxy): void {
  delete request.headers[CLIENT_ADDRESS_HEADER]
  const address = request.socket.remoteAddress ? proxyaddr(request, trust) : undefined
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address
}

type THeaderSource = { get(name: string): string | null }

/**
 * The address server.ts recorded, or null where nothing recorded one: `next dev`, and Payload's
 * local API called by scripts and the seed. Rate limits apply only where it is known.
 */
export function clientAddressOf(headers: THeaderSource | undefined): string | null {
  const value = headers?.get(CLIENT_ADDRESS_HEADER)?.trim()
  return value ? value : null
}
