import { MarketDataError, type TMarketLogger } from '@/lib/market/types'

export type TFetch = (input: string, init?: RequestInit) => Promise<Response>
export type TSleep = (ms: number) => Promise<void>

export type THttpOptions = {
  headers: Record<string, string>
  timeoutMs: number
  /** Extra attempts after an HTTP 429. */
  maxRetries: number
  /** A Retry-After longer than this is not waited for: the call fails and the next run retries. */
  maxRetryWaitMs: number
  interactive: boolean
  fetch: TFetch
  sleep: TSleep
  now: () => Date
  logger: TMarketLogger
}

export const realSleep: TSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

/** Without a Retry-After: 2 s, 4 s, 8 s … */
const backoffMs = (attempt: number) => 2000 * 2 ** attempt

/**
 * GET a JSON document. Honours HTTP 429 with bounded waiting; everything else that is not a 2xx
 * with a JSON body becomes a MarketDataError naming the reason. 5xx are not retried here: the
 * next scheduled run is the retry, which keeps us far from the provider's rate limit.
 */
export async function getJson(url: string, options: THttpOptions): Promise<unknown> {
  const where = new URL(url).pathname
  for (let attempt = 0; ; attempt++) {
    let response: Response
    try {
      response = await options.fetch(url, {
        headers: { accept: 'application/json', ...options.headers },
        // Inside Next.js, fetch may be patched with a data cache; quotes must never come from it.
        cache: 'no-store',
        // Covers the body as well as the headers.
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      throw asTransportError(error, where, options.timeoutMs)
    }

    if (response.status === 429) {
      await response.body?.cancel().catch(() => undefined)
      const waitMs = retryAfterMs(response.headers.get('retry-after'), options.now())
      const plannedMs = waitMs ?? backoffMs(attempt)
      if (
        options.interactive ||
        attempt >= options.maxRetries ||
        plannedMs > options.maxRetryWaitMs
      ) {
        throw new MarketDataError(
          `${where}: rate limited (HTTP 429${waitMs === undefined ? '' : `, Retry-After ${Math.ceil(waitMs / 1000)} s`}) after ${attempt + 1} attempt(s)`,
          'rate-limited',
        )
      }
      options.logger.warn(`market data: ${where} rate limited (429), retrying in ${plannedMs} ms`)
      await options.sleep(plannedMs)
      continue
    }

    let text: string
    try {
      text = await response.text()
    } catch (error) {
      throw asTransportError(error, where, options.timeoutMs)
    }
    if (!response.ok) {
      throw new MarketDataError(`${where}: HTTP ${response.status} ${excerpt(text)}`, 'http')
    }
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new MarketDataError(`${where}: the body is not JSON: ${excerpt(text)}`, 'malformed')
    }
  }
}

function asTransportError(error: unknown, where: string, timeoutMs: number): MarketDataError {
  // Duck-typed: fetch's DOMException is not `instanceof Error` in every realm (e.g. under Jest).
  const { name, message, cause } = (error ?? {}) as {
    name?: unknown
    message?: unknown
    cause?: unknown
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new MarketDataError(`${where}: no answer within ${timeoutMs} ms`, 'timeout')
  }
  const causeMessage = (cause as { message?: unknown } | undefined)?.message
  const detail = [message, causeMessage].filter((part) => typeof part === 'string').join(': ')
  return new MarketDataError(`${where}: ${detail || 'request failed'}`, 'network')
}

/** The start of a body, on one line, for a log message. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 160 ? `${line.slice(0, 160)}…` : line
}
