/**
 * Next's guard against cross-site server actions (next/dist/server/app-render/action-handler.js):
 * a POST that may be a server action, sent from a page whose Origin is not this host, is aborted
 * by throwing, which Next answers with a 500, and an Origin that is no URL at all throws too.
 * The same rule, applied before Next, answers what it means: 403 for another site, 400 for an
 * Origin that cannot be read. Requests Next lets through pass here too.
 */

type THeaders = Record<string, string | string[] | undefined>

export type TOriginRefusal = { status: 400 | 403; message: string }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * What Next treats as a possible server action: a POST with its `Next-Action` header, or any
 * multipart form post (a form posted before the page's scripts run). URL-encoded posts are never
 * actions to Next, and it answers them before this check.
 */
export function mayBeServerAction(method: string | undefined, headers: THeaders): boolean {
  if (method !== 'POST') return false
  const contentType = first(headers['content-type']) ?? ''
  return headers['next-action'] !== undefined || contentType.startsWith('multipart/form-data')
}

/** The host the action must come from: Next prefers X-Forwarded-Host's first entry to Host. */
function expectedHost(headers: THeaders): string | undefined {
  const forwarded = first(headers['x-forwarded-host'])?.split(',')[0]?.trim()
  return forwarded || first(headers.host)
}

/** Why Next would refuse this possible server action for its Origin, or null when it would not. */
export function actionOriginRefusal(headers: THeaders): TOriginRefusal | null {
  const origin = first(headers.origin)
  // No Origin: a hand-made request or an old browser, which Next lets through (with a warning).
  if (origin === undefined) return null
  let originHost: string
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host
  } catch {
    return { status: 400, message: '无法识别的 Origin 请求头 / the Origin header is not a URL' }
  }
  if (originHost === expectedHost(headers)) return null
  return {
    status: 403,
    message: '拒绝来自其他网站的表单提交 / a form post from another site is refused',
  }
}
