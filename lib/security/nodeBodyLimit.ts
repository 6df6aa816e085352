import type { IncomingMessage, ServerResponse } from 'node:http'

import { bodyRefusal, refusalBody, UPLOAD_BODY_LIMIT_BYTES } from './bodyLimit'

/**
 * A refused body is still read and dropped (nothing kept, nothing parsed) up to this size, so
 * the client, which may still be sending it, gets the 413 instead of a broken connection. Larger
 * declared bodies get the answer and the connection is closed.
 */
const DRAIN_UP_TO_BYTES = 4 * UPLOAD_BODY_LIMIT_BYTES

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name]
  return Array.isArray(value) ? value.join(',') : value
}

/**
 * Answers 413 (or 411) for a body that may not be read, before Next or Payload touch it; true
 * when it did.
 */
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse): boolean {
  const contentLength = header(request, 'content-length')
  const refusal = bodyRefusal({
    method: request.method,
    contentType: header(request, 'content-type'),
    contentLength,
    transferEncoding: header(request, 'transfer-encoding'),
  })
  if (!refusal) return false
  const drain = refusal.status === 413 && Number(contentLength) <= DRAIN_UP_TO_BYTES
  response.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(drain ? {} : { connection: 'close' }),
  })
  response.end(refusalBody(refusal))
  if (drain) request.resume()
  else response.once('finish', () => request.socket.destroy())
  return true
}
