/** Sends fuzz requests with node:http, which puts the path and headers on the wire as given. */
import http from 'node:http'

import type { TFuzzRequest } from './requests'

export type TAnswer = {
  /** null when no HTTP answer came (the connection broke, or the request timed out). */
  status: number | null
  /** Why there was no answer, or the start of a 5xx answer's body. */
  detail?: string
  ms: number
}

const TIMEOUT_MS = 60_000
const DETAIL_BYTES = 600
const MAX_ANSWER_HEAD_BYTES = 64 * 1024

export type TSender = {
  send: (request: TFuzzRequest, extraHeaders?: Record<string, string>) => Promise<TAnswer>
  close: () => void
}

/** A sender to `baseUrl` with at most `connections` sockets kept open. */
export function createSender(baseUrl: string, connections: number): TSender {
  const { hostname, port } = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const attempt = (request: TFuzzRequest, extraHeaders: Record<string, string>) =>
    new Promise<TAnswer & { staleSocket?: boolean }>((resolve) => {
      const started = performance.now()
      const done = (status: number | null, detail?: string, staleSocket?: boolean) =>
        resolve({ status, detail, ms: Math.round(performance.now() - started), staleSocket })
      const headers: Record<string, string> = { ...request.headers, ...extraHeaders }
      if (request.body) headers['content-length'] = String(request.body.length)
      let outgoing: http.ClientRequest
      try {
        outgoing = http.request({
          host: hostname.replace(/^\[|\]$/g, ''),
          port,
          method: request.method,
          path: request.path,
          headers,
          agent,
          timeout: TIMEOUT_MS,
          // Next repeats a long URL in both Location and Refresh when it redirects.
          maxHeaderSize: MAX_ANSWER_HEAD_BYTES,
        })
      } catch (error) {
        done(null, `not sent: ${(error as Error).message}`)
        return
      }
      outgoing.once('timeout', () => outgoing.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)))
      outgoing.once('error', (error: NodeJS.ErrnoException) =>
        done(null, error.message, outgoing.reusedSocket && error.code === 'ECONNRESET'),
      )
      outgoing.once('response', (response) => {
        const status = response.statusCode ?? null
        const chunks: Buffer[] = []
        let kept = 0
        response.on('data', (chunk: Buffer) => {
          if (status !== null && status >= 500 && kept < DETAIL_BYTES) {
            chunks.push(chunk)
            kept += chunk.length
          }
        })
        response.once('end', () => {
          const detail = chunks.length
            ? Buffer.concat(chunks).toString('utf8').slice(0, DETAIL_BYTES)
            : undefined
          done(status, detail)
        })
        response.once('error', (error) => done(status, error.message))
      })
      outgoing.end(request.body ?? undefined)
    })
  /**
   * A kept-alive socket that the server closed for idleness just as a request went out fails
   * with ECONNRESET before the server saw anything: that request is sent once more on a new one.
   */
  const send = async (request: TFuzzRequest, extraHeaders: Record<string, string> = {}) => {
    const { staleSocket, ...answer } = await attempt(request, extraHeaders)
    if (!staleSocket) return answer
    const { staleSocket: _again, ...retried } = await attempt(request, extraHeaders)
    return retried
  }
  return { send, close: () => agent.destroy() }
}

/** Runs `work` on 0…count-1 with `concurrency` at a time, in order of starting. */
export async function forEachIndex(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < count) await work(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
}
