import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  BAD_REQUEST_PAGE,
  resolvedPathname,
  hasUnreadableFeedQuery,
  imageUrlProblem,
  isMalformedPath,
} from './malformedUrl'
import { actionOriginRefusal, mayBeServerAction } from './serverActionOrigin'

/** The methods Next's routes answer; it fails with a 500 on others (TRACE, PROPFIND, …). */
const NEXT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

type TRefusal = {
  status: number
  message: string
  headers?: Record<string, string>
  /** Answer with the portal's "cannot read this link" page rather than JSON. */
  page?: boolean
}

/** Why the request cannot go on to Next, or null when it can. */
function refusalOf(request: IncomingMessage): TRefusal | null {
  const method = request.method ?? 'GET'
  if (!NEXT_METHODS.includes(method)) {
    return {
      status: 405,
      message: `不支持的请求方法 / method ${method} is not allowed`,
      headers: { allow: NEXT_METHODS.join(', ') },
    }
  }
  const url = request.url ?? '/'
  const queryStart = url.indexOf('?')
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart)
  if (isMalformedPath(pathname)) {
    const page = !pathname.startsWith('/api/') && !pathname.startsWith('/_next/')
    return { status: 400, message: '网址中含有无法识别的字符 / the URL cannot be read', page }
  }
  const search = queryStart === -1 ? '' : url.slice(queryStart)
  if (hasUnreadableFeedQuery(pathname, search)) {
    return { status: 400, message: '网址中含有无法识别的字符 / the URL cannot be read', page: true }
  }
  if (pathname === '/_next/image') {
    const problem = imageUrlProblem(search)
    if (problem) return { status: 400, message: problem }
  }
  if (!resolvedPathname(url).startsWith('/api/') && mayBeServerAction(method, request.headers)) {
    return actionOriginRefusal(request.headers)
  }
  return null
}

/**
 * Answers a request that Next would fail on with a 500 for the client's mistake: a method Next
 * has no handler kind for, a URL it cannot decode, a server action from another site. True when
 * it answered. Pages get a page, everything else JSON in Payload's error shape.
 */
export function refuseMalformedRequest(
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const refusal = refusalOf(request)
  if (!refusal) return false
  const page = refusal.page === true
  response.writeHead(refusal.status, {
    'content-type': page ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...refusal.headers,
  })
  response.end(page ? BAD_REQUEST_PAGE : JSON.stringify({ errors: [{ message: refusal.message }] }))
  // A body the client may still be sending is read and dropped, so it gets the answer.
  request.resume()
  return true
}
