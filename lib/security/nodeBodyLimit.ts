import type { IncomingMessage, ServerResponse } from 'node:http'

import { bodyRefusal, refusalBody } from './bodyLimit'

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

/**
 * Answers 413 (or 411) for a body that may not be read, before Next or Payload touch it; true
 * when it did. The connection is closed afterwards: the unread body must not be taken for the
 * next request on it.
 */
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse): boolean {
  const refusal = bodyRefusal({
    method: request.method,
    contentType: header(request, 'content-type'),
    contentLength: header(request, 'content-length'),
    transferEncoding: header(request, 'transfer-encoding'),
  })
  if (!refusal) return false
  response.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  })
  response.end(refusalBody(refusal))
  return true
}
