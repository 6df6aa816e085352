import type { RequestStats, TRequestKind } from './requestStats'
import type { SoakSchedule } from './schedule'

/** A request that takes longer has failed as far as a reader is concerned. */
const REQUEST_TIMEOUT_MS = 30_000

export type TSoakCall = {
  kind: TRequestKind
  /** Path and query on the server, e.g. /api/watchlists/mine. */
  path: string
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as the JSON body. */
  json?: unknown
  /** The reader's `payload-token=…` pair. */
  cookie?: string
  /**
   * The reader's or visitor's own address, sent as X-Forwarded-For: the server trusts loopback as
   * a proxy, so each one is a client of its own to the rate limits, as readers behind nginx are.
   */
  clientAddress: string
}

/** An answer with its body read; status 0 when none came back. */
export type TSoakAnswer = { status: number; text: string; headers: Headers }

export type TSoakClient = (call: TSoakCall) => Promise<TSoakAnswer>

/**
 * fetch as the portal's browser code calls the server: same-origin, with an Origin on writes.
 * Payload honours the login cookie only from its own origin (its CSRF check), so without these
 * headers a reader's writes would be refused as a visitor's. Every call is timed and counted.
 */
export function createSoakClient(options: {
  baseUrl: string
  stats: RequestStats
  schedule: SoakSchedule
  /** Aborted when the run must stop at once. */
  signal: AbortSignal
}): TSoakClient {
  const { baseUrl, stats, schedule, signal } = options
  return async (call) => {
    const method = call.method ?? 'GET'
    const headers: Record<string, string> = {
      accept: call.kind === 'page' ? 'text/html' : 'application/json',
      'accept-language': 'zh-CN',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': call.clientAddress,
    }
    if (method !== 'GET') headers.origin = baseUrl
    if (call.json !== undefined) headers['content-type'] = 'application/json'
    if (call.cookie) headers.cookie = call.cookie

    const phase = schedule.phase()
    const startedAt = performance.now()
    let answer: TSoakAnswer
    let detail = ''
    try {
      const response = await fetch(`${baseUrl}${call.path}`, {
        method,
        headers,
        body: call.json === undefined ? undefined : JSON.stringify(call.json),
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      })
      answer = { status: response.status, text: await response.text(), headers: response.headers }
      if (!response.ok) detail = answer.text.replace(/\s+/g, ' ').slice(0, 160)
    } catch (error) {
      answer = { status: 0, text: '', headers: new Headers() }
      detail = (error as Error).cause ? String((error as Error).cause) : (error as Error).message
    }
    const ms = performance.now() - startedAt
    stats.record(
      { phase, kind: call.kind, status: answer.status, ms, label: `${method} ${call.path}` },
      detail,
    )
    return answer
  }
}

/** The answer's JSON body, or undefined when it has none or it is not JSON. */
export function jsonOf(answer: TSoakAnswer): unknown {
  try {
    return answer.text ? (JSON.parse(answer.text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** The `payload-token=…` pair of a login answer's Set-Cookie, or '' when there is none. */
export function loginCookieOf(headers: Headers): string {
  const token = headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  return token?.split(';')[0] ?? ''
}

/**
 * The X-Forwarded-For address of reader or visitor `index` (from 0): readers in 198.18.0.0/16 and
 * visitors in 198.19.0.0/16, the range set aside for benchmarks (RFC 2544), so no real client is
 * named. The set-up requests come from one more visitor-range address of their own.
 */
export function clientAddressOf(group: 'reader' | 'visitor' | 'setup', index = 0): string {
  const number = group === 'setup' ? 65_534 : index + 1
  const prefix = group === 'reader' ? '198.18' : '198.19'
  return `${prefix}.${(number >> 8) & 255}.${number & 255}`
}
