/** The outcome of one JSON call to our own API, from a browser, with the login cookie. */
export type TApiResult = { ok: boolean; status: number; body: unknown } | { networkError: true }

/**
 * `fetch` for the portal's client components: sends the HTTP-only login cookie, asks Payload for
 * Chinese messages (an English browser would otherwise get English ones) and never throws, so each
 * caller decides in one place what a failure means for the reader.
 */
export async function callApi(
  path: string,
  init: { method?: 'GET' | 'POST' | 'DELETE'; json?: unknown; signal?: AbortSignal } = {},
): Promise<TApiResult> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': 'zh-CN' }
  if (init.json !== undefined) headers['Content-Type'] = 'application/json'
  try {
    const response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      credentials: 'include',
      cache: 'no-store',
      signal: init.signal,
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

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试。'
