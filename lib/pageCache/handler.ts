import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { isShareableResponse, pageCacheKey } from './rules'
import type { PageStore, TStoredPage } from './store'

export type TRequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown

/** HIT: answered from memory; MISS: Next answered (and the page was stored if it may be shared). */
export const PAGE_CACHE_HEADER = 'x-page-cache'

/** Headers that describe one connection or one transfer, not the page. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
])

/**
 * Wraps Next's request handler: anonymous GETs of pages are answered from `store` while fresh;
 * otherwise Next answers and a shareable response is kept. Next's own cache still decides what a
 * page contains; this only skips Next's per-request routing and rendering pipeline for repeats.
 */
export function withPageCache(handle: TRequestHandler, store: PageStore): TRequestHandler {
  return (request, response) => {
    const key = pageCacheKey(request)
    if (key === null) return handle(request, response)
    const page = store.get(key)
    if (page) return sendStoredPage(request, response, page)
    // A revalidation that misses is answered in full, so that the answer can be kept: Next would
    // answer 304, which is not stored, and clients that always revalidate (API pollers) would all
    // reach Next, every time. The client gets a 200 it can use in place of its copy.
    delete request.headers['if-none-match']
    delete request.headers['if-modified-since']
    const generation = store.generation
    recordResponse(response, (recorded) => store.set(key, recorded, generation))
    response.setHeader(PAGE_CACHE_HEADER, 'MISS')
    return handle(request, response)
  }
}

function etagMatches(ifNoneMatch: string | undefined, etag: OutgoingHttpHeaders[string]) {
  if (!ifNoneMatch || typeof etag !== 'string') return false
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === etag)
}

function sendStoredPage(request: IncomingMessage, response: ServerResponse, page: TStoredPage) {
  const headers = { ...page.headers, [PAGE_CACHE_HEADER]: 'HIT' }
  // A browser revalidating the copy it holds gets "unchanged", as Next itself would answer.
  if (etagMatches(request.headers['if-none-match'], page.headers.etag)) {
    response.writeHead(304, headers)
    response.end()
    return
  }
  response.writeHead(page.statusCode, { ...headers, 'content-length': page.body.length })
  response.end(page.body)
}

/** Headers given straight to writeHead (object or flat [name, value, …] list) bypass getHeaders(). */
function headersOfWriteHead(args: unknown[]): OutgoingHttpHeaders {
  const headers = args.find((arg) => typeof arg === 'object' && arg !== null)
  if (!headers) return {}
  const entries: [string, unknown][] = []
  if (Array.isArray(headers)) {
    for (let index = 0; index + 1 < headers.length; index += 2) {
      entries.push([String(headers[index]), headers[index + 1]])
    }
  } else {
    entries.push(...Object.entries(headers))
  }
  return Object.fromEntries(
    entries.map(([name, value]) => [name.toLowerCase(), value as OutgoingHttpHeaders[string]]),
  )
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return Buffer.from(chunk)
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  }
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return null
}

/**
 * Copies what Next writes (after its compression, which wraps these same methods) and hands the
 * page over once the response has finished. Stops copying as soon as the status and headers say
 * the response may not be shared; a response the client abandoned never finishes and is dropped.
 */
function recordResponse(
  response: ServerResponse,
  onRecorded: (page: Omit<TStoredPage, 'storedAt'>) => void,
): void {
  const chunks: Buffer[] = []
  let recording = true
  let checked = false
  let headersFromWriteHead: OutgoingHttpHeaders = {}
  const headersNow = (): OutgoingHttpHeaders => ({
    ...response.getHeaders(),
    ...headersFromWriteHead,
  })

  const collect = (chunk: unknown, encoding: unknown) => {
    if (!checked) {
      checked = true
      recording = isShareableResponse(response.statusCode, headersNow())
    }
    if (!recording) return
    const buffer = toBuffer(chunk, encoding)
    if (buffer) chunks.push(buffer)
  }

  const { writeHead, write, end } = response
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    headersFromWriteHead = { ...headersFromWriteHead, ...headersOfWriteHead(args.slice(1)) }
    return Reflect.apply(writeHead, this, args) as ServerResponse
  } as ServerResponse['writeHead']
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1])
    return Reflect.apply(write, this, args) as boolean
  } as ServerResponse['write']
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (typeof args[0] !== 'function') collect(args[0], args[1])
    else collect(undefined, undefined)
    return Reflect.apply(end, this, args) as ServerResponse
  } as ServerResponse['end']

  response.once('finish', () => {
    if (!recording || !checked) return
    const headers = Object.fromEntries(
      Object.entries(headersNow()).filter(([name]) => !NOT_STORED.has(name.toLowerCase())),
    )
    onRecorded({ statusCode: response.statusCode, headers, body: Buffer.concat(chunks) })
  })
}
