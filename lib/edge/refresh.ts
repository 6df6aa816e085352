import http from 'node:http'
import https from 'node:https'

import { getEnv } from '@/lib/env'
import { EDGE_REFRESH_HEADER, edgeRefreshToken } from './refreshToken'

/**
 * Renews pages in the nginx edge micro-cache (deploy/nginx.conf) right after the app's own cache
 * was expired: each path is requested from the refresh listener (EDGE_REFRESH_URL), which always
 * asks the app and stores the answer over the copy readers are being served. Without it a change
 * waits for the 1 s edge TTL, which nginx's whole-second clock stretches to 2 s.
 *
 * The listener keys its copies like the public one: scheme, Host, URI and the Accept-Encoding the
 * app is asked for (`gzip` or nothing). So every request carries the Host readers use (that of
 * SITE_URL) and every path is renewed twice, once per encoding. Failures are logged, never thrown:
 * a refresh that does not happen leaves the edge TTL to do its work, as before.
 */

export type TEdgeLogger = { warn: (message: string) => void }

export type TEdgeRefreshOptions = {
  /** The refresh listener's origin; default EDGE_REFRESH_URL. Unset: nothing is sent. */
  refreshUrl?: string
  /** The public origin, whose host readers send; default SITE_URL. */
  siteUrl?: string
  /** How many paths are renewed at the same time (each path's two requests run one by one). */
  concurrency?: number
  /** Per request, in milliseconds: a render slower than this is left to the edge TTL. */
  timeoutMs?: number
  logger?: TEdgeLogger
}

export type TEdgeRefreshResult = { requested: number; failed: number }

/** The two Accept-Encoding values the edge keys pages on (`$edge_encoding`), gzip first: browsers. */
const ENCODINGS = ['gzip', undefined] as const
const DEFAULT_CONCURRENCY = 4
const DEFAULT_TIMEOUT_MS = 5_000

export function isEdgeRefreshEnabled(): boolean {
  return getEnv().EDGE_REFRESH_URL !== undefined
}

/** Renews the given paths (`/`, `/articles/x`…) in the edge cache; resolves when all are done. */
export async function refreshEdgePaths(
  paths: readonly string[],
  options: TEdgeRefreshOptions = {},
): Promise<TEdgeRefreshResult> {
  const logger = options.logger ?? console
  const result: TEdgeRefreshResult = { requested: 0, failed: 0 }
  let target: { origin: URL; host: string }
  try {
    const refreshUrl = options.refreshUrl ?? getEnv().EDGE_REFRESH_URL
    if (!refreshUrl || paths.length === 0) return result
    target = {
      origin: new URL(refreshUrl),
      host: new URL(options.siteUrl ?? getEnv().SITE_URL).host,
    }
  } catch (error) {
    logger.warn(`edge refresh skipped: ${(error as Error).message}`)
    return result
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const queue = [...new Set(paths)]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      // Only paths of this site: `//host/x` or `http://…` would leave it.
      if (!path.startsWith('/') || path.startsWith('//')) {
        result.failed++
        logger.warn(`edge refresh of "${path}" skipped: not a path`)
        continue
      }
      for (const encoding of ENCODINGS) {
        result.requested++
        const failure = await requestOnce(target, path, encoding, timeoutMs)
        if (failure) {
          result.failed++
          logger.warn(`edge refresh of ${path} (${encoding ?? 'identity'}) failed: ${failure}`)
        }
      }
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, queue.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return result
}

/**
 * One GET through node:http, because fetch() will not send a Host header of our choosing.
 * Resolves with why it failed, or null. A 404 is an answer (an unpublished article's page).
 */
function requestOnce(
  target: { origin: URL; host: string },
  path: string,
  encoding: string | undefined,
  timeoutMs: number,
): Promise<string | null> {
  const url = new URL(path, target.origin)
  const client = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = {
    host: target.host,
    [EDGE_REFRESH_HEADER]: edgeRefreshToken(),
  }
  if (encoding) headers['accept-encoding'] = encoding
  return new Promise((resolve) => {
    const request = client.get(
      url,
      { headers, agent: false, signal: AbortSignal.timeout(timeoutMs) },
      (response) => {
        const status = response.statusCode ?? 0
        // The body is not needed (nginx stores it), but reading it to the end frees the socket.
        response.resume()
        response.once('close', () => {
          if (!response.complete) resolve(`answered ${status}, then the connection closed`)
          else resolve(status < 400 || status === 404 ? null : `answered ${status}`)
        })
      },
    )
    request.once('error', (error) =>
      resolve(error.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : error.message),
    )
  })
}
