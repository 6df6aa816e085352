import { IncomingMessage, type ServerResponse } from 'node:http'

import { actionArgumentsProblem } from './serverActionArguments'
import { mayBeServerAction } from './serverActionOrigin'

/**
 * A post to a page that may be a server action (a `Next-Action` header, or a multipart form) is
 * parsed by Next as it reads it, and a multipart body that does not parse, or arguments React
 * cannot decode, end in a 500. Such posts are small (Next takes at most 1 MB for an action), so
 * server.ts reads them first, parses them the way Next does (the fetch API's FormData), checks the
 * arguments (serverActionArguments.ts), refuses what would fail with a 400, and hands Next the
 * same bytes.
 */

/** Next's own limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
const ACTION_BODY_LIMIT_BYTES = 1024 * 1024

/** A post to a page (after `..` is resolved: `/api/../x` is the page /x) that may be an action. */
export function isPageActionPost(request: IncomingMessage, pathname: string): boolean {
  return !pathname.startsWith('/api/') && mayBeServerAction(request.method, request.headers)
}

/** The body, 'too large' past `limit` bytes, or 'gone' when the client went away mid-body. */
async function readUpTo(
  request: IncomingMessage,
  limit: number,
): Promise<Buffer | 'too large' | 'gone'> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limit) return 'too large'
      chunks.push(chunk)
    }
  } catch {
    return 'gone'
  }
  return Buffer.concat(chunks)
}

/** The body as a form, null when it is not multipart, 'unreadable' when it does not parse. */
async function formOf(contentType: string, body: Buffer): Promise<FormData | null | 'unreadable'> {
  if (!contentType.startsWith('multipart/form-data')) return null
  try {
    return await new Request('http://form.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData()
  } catch {
    return 'unreadable'
  }
}

/** The same request with its body read again from `body`, for Next to read. */
function replayOf(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket)
  Object.assign(replay, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    // A message that is not complete when it is done with destroys its socket, the client's.
    complete: true,
  })
  replay.push(body)
  replay.push(null)
  return replay
}

function refuse(response: ServerResponse, status: 400 | 413, message: string): null {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify({ errors: [{ message }] }))
  return null
}

/**
 * The request, ready for Next, or null when it has been answered (a form over Next's limit is a
 * 413, one that does not parse a 400) or the client went away.
 */
export async function readablePageActionPost(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<IncomingMessage | null> {
  const body = await readUpTo(request, ACTION_BODY_LIMIT_BYTES)
  if (body === 'gone') {
    request.destroy()
    return null
  }
  if (body === 'too large') {
    response.once('finish', () => request.destroy())
    return refuse(response, 413, '表单过大（上限 1 MB）/ a form may be at most 1 MB')
  }
  const form = await formOf(request.headers['content-type'] ?? '', body)
  if (form === 'unreadable') {
    return refuse(response, 400, '无法读取提交的表单 / the posted form could not be read')
  }
  const problem = actionArgumentsProblem({
    hasActionHeader: request.headers['next-action'] !== undefined,
    text: form ? '' : body.toString('utf8'),
    form,
  })
  if (problem) return refuse(response, 400, problem)
  return replayOf(request, body)
}
