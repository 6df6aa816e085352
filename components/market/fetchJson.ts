/** A request's outcome; network failures, refusals and malformed answers alike, never a throw. */
export type TFetchResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: string; aborted?: boolean }

/**
 * What fetchJson checks an answer with: a zod schema fits, and so does a hand-written check. The
 * module itself stays free of zod so the sidebar panel, whose one answer is checked by hand
 * (panelResponse.ts), does not ship zod with every feed and article page.
 */
export type TParser<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false }
}

/** The `{ error }` body of a refusal (lib/watchlist/contract's ZErrorBody, checked by hand). */
function refusalMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined
  return typeof body.error === 'string' ? body.error : undefined
}

/** Messages a reader can act on; the server's own words are kept for 4xx answers. */
const NETWORK_ERROR = '网络连接失败,请检查网络后重试'
const MALFORMED_ANSWER = '服务器返回的数据无法识别'
const SERVER_ERROR = '服务器暂时不可用,请稍后再试'

/**
 * Fetches JSON from our own API with the login cookie and parses it with `schema`. The browser's
 * HTTP cache is bypassed: these answers are personal or live figures.
 */
export async function fetchJson<T>(
  url: string,
  schema: TParser<T>,
  init: RequestInit & { json?: unknown } = {},
): Promise<TFetchResult<T>> {
  const { json, ...rest } = init
  const headers = new Headers(rest.headers)
  headers.set('accept', 'application/json')
  if (json !== undefined) headers.set('content-type', 'application/json')
  let response: Response
  try {
    response = await fetch(url, {
      ...rest,
      headers,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError'
    return { ok: false, status: 0, error: NETWORK_ERROR, aborted }
  }

  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  if (!response.ok) {
    const refusal = refusalMessage(body)
    const error = response.status < 500 && refusal !== undefined ? refusal : SERVER_ERROR
    return { ok: false, status: response.status, error }
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) return { ok: false, status: response.status, error: MALFORMED_ANSWER }
  return { ok: true, status: response.status, data: parsed.data }
}
