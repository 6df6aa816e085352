import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { isShareableResponse, pageCacheKey } from './rules'
import type { PageStore, TStoredPage } from './store'

export type TRequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown

/**
 * HIT: answered from memory; STALE: an expired copy, answered while another request renews it;
 * MISS: Next answered (and the page was stored if it may be shared).
 */
export const PAGE_CACHE_HEADER = 'x-page-cache'

/** Headers that describe one connection or one transfer, not the page. */
const NOT_STORED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
])

/** A render of one page that others may wait for; `done` gives the stored page, if it was kept. */
type TRender = { generation: number; done: Promise<TStoredPage | undefined> }

/**
 * Wraps Next's request handler: anonymous GETs of pages are answered from `store` while fresh;
 * otherwise Next answers and a shareable response is kept. Next's own cache still decides what a
 * page contains; this only skips Next's per-request routing and rendering pipeline for repeats.
 *
 * One render per page at a time: while a page is being rendered, readers of it get the expired
 * copy (within the store's `staleMs`) or, when there is none (first reader, or just after a
 * publish), wait for that render instead of starting their own. Without this, every connection
 * arriving during the render renders too, each second, and they slow each other down.
 */
export function withPageCache(handle: TRequestHandler, store: PageStore): TRequestHandler {
  const renders = new Map<string, TRender>()

  const renderAndKeep = (request: IncomingMessage, response: ServerResponse, key: string) => {
    // A revalidation that misses is answered in full, so that the answer can be kept: Next would
    // answer 304, which is not stored, and clients that always revalidate (API pollers) would all
    // reach Next, every time. The client gets a 200 it can use in place of its copy.
    delete request.headers['if-none-match']
    delete request.headers['if-modified-since']
    const generation = store.generation
    let settle: (page: TStoredPage | undefined) => void = () => {}
    const render: TRender = { generation, done: new Promise((resolve) => (settle = resolve)) }
    renders.set(key, render)
    recordResponse(response, (recorded) => {
      if (renders.get(key) === render) renders.delete(key)
      const kept = recorded !== undefined && store.set(key, recorded, generation)
      settle(kept ? store.get(key) : undefined)
    })
    response.setHeader(PAGE_CACHE_HEADER, 'MISS')
    return handle(request, response)
  }

  const answer: TRequestHandler = (request, response) => {
    const key = pageCacheKey(request)
    if (key === null) return handle(request, response)
    const found = store.lookup(key)
    if (found?.fresh) return sendStoredPage(request, response, found.page, 'HIT')
    const running = renders.get(key)
    // A render begun before a publish may show the old content: it is not waited for.
    if (!running || running.generation !== store.generation)
      return renderAndKeep(request, response, key)
    if (found) return sendStoredPage(request, response, found.page, 'STALE')
    return running.done.then((page) =>
      // Not kept (personal, an error, a 404, abandoned): each waiting reader goes to Next itself.
      page ? sendStoredPage(request, response, page, 'HIT') : handle(request, response),
    )
  }
  return answer
}

function etagMatches(ifNoneMatch: string | undefined, etag: OutgoingHttpHeaders[string]) {
  if (!ifNoneMatch || typeof etag !== 'string') return false
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === etag)
}

function sendStoredPage(
  request: IncomingMessage,
  response: ServerResponse,
  page: TStoredPage,
  state: 'HIT' | 'STALE',
) {
  const headers = { ...page.headers, [PAGE_CACHE_HEADER]: state }
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
 * page over once the response has finished, or `undefined` when there is nothing to keep. Stops
 * copying as soon as the status and headers say the response may not be shared; a response the
 * client abandoned never finishes and is dropped.
 */
function recordResponse(
  response: ServerResponse,
  onDone: (page: Omit<TStoredPage, 'storedAt'> | undefined) => void,
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

  let done = false
  const finish = (page: Omit<TStoredPage, 'storedAt'> | undefined) => {
    if (done) return
    done = true
    onDone(page)
  }
  response.once('finish', () => {
    if (!recording || !checked) return finish(undefined)
    const headers = Object.fromEntries(
      Object.entries(headersNow()).filter(([name]) => !NOT_STORED.has(name.toLowerCase())),
    )
    finish({ statusCode: response.statusCode, headers, body: Buffer.concat(chunks) })
  })
  // 'close' without 'finish': the client went away before the page was sent in full.
  response.once('close', () => finish(undefined))
}
