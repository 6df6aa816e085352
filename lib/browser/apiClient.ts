import { formMessage, type TFormMessage, type TRequestFailureKey } from '@/lib/account/formMessages'

/**
 * The browser's one way to call our own API (Payload's REST and the JSON endpoints). It sends the
 * HTTP-only login cookie, asks for messages in the page's edition (`<html lang>`: a browser set to
 * another language would otherwise get Payload's answers in that one), bypasses the HTTP cache
 * (the answers are personal or live figures) and never throws, so each caller decides in one
 * place what a failure means for the reader. No zod here: the sidebar panel, on every page,
 * checks its one answer by hand and should not ship it.
 */

const pageLanguage = (): string =>
  (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'zh-CN'

export type TApiRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as the JSON body. */
  json?: unknown
  signal?: AbortSignal
}

/** The outcome of one call: an answer with any status (its body null unless JSON), or none. */
export type TApiAnswer = { ok: boolean; status: number; body: unknown } | { networkError: true }

export async function callApi(path: string, request: TApiRequest = {}): Promise<TApiAnswer> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': pageLanguage(),
  }
  if (request.json !== undefined) headers['Content-Type'] = 'application/json'
  try {
    const response = await fetch(path, {
      method: request.method ?? 'GET',
      headers,
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: request.signal,
    })
    const text = await response.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      // A proxy's HTML error page: the status still tells the caller what happened.
    }
    return { ok: response.ok, status: response.status, body }
  } catch {
    // Also an aborted request: callers check their signal before using any result.
    return { networkError: true }
  }
}

/**
 * What fetchJson checks an answer with: a zod schema fits, and so does a hand-written check
 * (components/watchlist/panelResponse.ts).
 */
export type TParser<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false }
}

/** A checked answer, or what the reader is told instead (formMessageText puts it into words). */
export type TFetchResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: TFormMessage<TRequestFailureKey> }

/**
 * The message of a refusal: our endpoints' `{ error }` (lib/watchlist/contract's ZErrorBody, by
 * hand) or Payload's `{ errors: [{ message }] }`, which the rate limits in front of every route
 * and nginx answer with too.
 */
function refusalMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  if ('error' in body) return typeof body.error === 'string' ? body.error : undefined
  if (!('errors' in body) || !Array.isArray(body.errors)) return undefined
  const first: unknown = body.errors[0]
  if (typeof first !== 'object' || first === null || !('message' in first)) return undefined
  return typeof first.message === 'string' ? first.message : undefined
}

/**
 * callApi for our JSON endpoints, with the answer checked by `parser`. A refusal (4xx) keeps the
 * server's own words, which say what to change; anything else becomes a message a reader can act on.
 */
export async function fetchJson<T>(
  path: string,
  parser: TParser<T>,
  request: TApiRequest = {},
): Promise<TFetchResult<T>> {
  const answer = await callApi(path, request)
  if ('networkError' in answer) return { ok: false, status: 0, error: formMessage('network') }
  if (!answer.ok) {
    const refusal = answer.status < 500 ? refusalMessage(answer.body) : undefined
    const error = refusal === undefined ? formMessage('serverDown') : { said: refusal }
    return { ok: false, status: answer.status, error }
  }
  const parsed = parser.safeParse(answer.body)
  if (!parsed.success) {
    return { ok: false, status: answer.status, error: formMessage('malformed') }
  }
  return { ok: true, status: answer.status, data: parsed.data }
}
