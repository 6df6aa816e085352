import http from 'node:http'
import https from 'node:https'

import { SIGNATURE_HEADER, signatureOf } from './signature'
import { privateSafeLookup, webhookUrlProblem } from './urlRules'

export const WEBHOOK_USER_AGENT = 'Newsroom-Webhooks/1'
export const EVENT_ID_HEADER = 'X-Newsroom-Event-Id'
/** A receiver gets this long to answer (connection, headers and body together). */
export const WEBHOOK_TIMEOUT_MS = 5_000
/** Longest error text kept in the delivery log. */
const ERROR_TEXT_MAX = 300

export type TSendResult =
  { ok: true; status: number } | { ok: false; status?: number; error: string; retry: boolean }

/** An error's text for the log: short, and never the secret (a receiver might echo it back). */
export function shortError(message: string, secret: string): string {
  const text = secret ? message.split(secret).join('[secret]') : message
  return text.length > ERROR_TEXT_MAX ? `${text.slice(0, ERROR_TEXT_MAX - 1)}…` : text
}

/**
 * One POST of a signed event. Redirects are not followed (a 3xx is a failure: a receiver could
 * point us at an internal address), the address is checked after DNS resolution, and the whole
 * exchange is cut after WEBHOOK_TIMEOUT_MS. Any answer other than 2xx, a timeout or a network
 * error is worth a retry; a refused URL is not (it will be refused again).
 */
export function sendWebhook(options: {
  url: string
  body: string
  secret: string
  eventId: string
  allowPrivate: boolean
  timeoutMs?: number
}): Promise<TSendResult> {
  const { url, body, secret, eventId, allowPrivate, timeoutMs = WEBHOOK_TIMEOUT_MS } = options
  // Literal addresses here (a connection to one asks no DNS); names in privateSafeLookup.
  const problem = webhookUrlProblem(url, allowPrivate, { byName: false })
  if (problem) return Promise.resolve({ ok: false, error: problem, retry: false })
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: TSendResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(result)
    }
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: privateSafeLookup(allowPrivate),
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': WEBHOOK_USER_AGENT,
          [SIGNATURE_HEADER]: signatureOf(body, secret),
          [EVENT_ID_HEADER]: eventId,
        },
      },
      (response) => {
        const status = response.statusCode ?? 0
        // The answer's body is not needed; read and drop it so the socket closes cleanly.
        response.resume()
        response.on('end', () =>
          finish(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `HTTP ${status}`, retry: true },
          ),
        )
        response.on('error', (error) =>
          finish({ ok: false, status, error: shortError(error.message, secret), retry: true }),
        )
        // Cut off mid-body (the timeout): after 'end' this changes nothing.
        response.on('close', () =>
          finish({
            ok: false,
            status,
            error: 'connection closed before the answer ended',
            retry: true,
          }),
        )
      },
    )
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${timeoutMs} ms`))
    }, timeoutMs)
    request.on('error', (error) => {
      const refused = error.name === 'PrivateAddressError'
      finish({ ok: false, error: shortError(error.message, secret), retry: !refused })
    })
    request.end(body)
  })
}
