import { clientAddressOf } from './clientAddress'
import type { TRateLimitName } from './rules'
import { spendPoint } from './spend'
import { tooManyRequestsResponse } from './tooManyRequests'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Which limit a request to the API spends, by method and path. The account operations (login,
 * register, forgot-password) are limited in the users collection's hooks instead, where GraphQL
 * and the portal's forms reach them too.
 */
export function routeLimitOf(method: string, pathname: string): TRateLimitName | null {
  const verb = method.toUpperCase()
  if (pathname === '/api/graphql') return verb === 'POST' ? 'graphql' : null
  if (pathname === '/api/coins/search') return 'coinSearch'
  if (pathname === '/api/search') return 'search'
  if (pathname === '/api/article-views/record') return verb === 'POST' ? 'articleViews' : null
  if (pathname === '/api/coins/adopt') return verb === 'POST' ? 'coinAdopt' : null
  if (pathname === '/api/bookmarks/states' || pathname === '/api/bookmarks/mine')
    return 'bookmarkStates'
  if (pathname === '/api/watchlists/news') return 'watchlistNews'
  if (/^\/api\/(bookmarks|watchlists)(\/|$)/.test(pathname)) {
    return READS.has(verb) ? null : 'savedWrites'
  }
  // 利好 / 利空: a page's counts in one read of many rows, and a reader's write per click.
  if (pathname === '/api/flashes/votes') return READS.has(verb) ? 'bookmarkStates' : null
  if (/^\/api\/flashes\/[^/]+\/vote$/.test(pathname)) return READS.has(verb) ? null : 'savedWrites'
  return null
}

/**
 * A route handler that first spends a point of the request's limit for its client address, and
 * answers 429 with Retry-After once the address has spent them all.
 */
export function withRouteRateLimits<TArgs extends unknown[]>(
  handler: (request: Request, ...rest: TArgs) => Promise<Response> | Response,
) {
  return async (request: Request, ...rest: TArgs): Promise<Response> => {
    const limit = routeLimitOf(request.method, new URL(request.url).pathname)
    const client = clientAddressOf(request.headers)
    if (limit && client) {
      const spent = await spendPoint(limit, client)
      if (!spent.allowed) return tooManyRequestsResponse(spent.retryAfterSeconds)
    }
    return handler(request, ...rest)
  }
}
