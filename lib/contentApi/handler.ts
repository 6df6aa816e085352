import 'server-only'

import { checkApiKey } from '@/lib/apiKeys/verify'
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from '@/lib/db/unavailable'
import { getEnv } from '@/lib/env'
import { getPayloadClient } from '@/lib/queries/payload'
import { clientAddressOf } from '@/lib/rateLimit/clientAddress'
import { spendPoint } from '@/lib/rateLimit/spend'
import {
  listArticles,
  listCoins,
  listFlashes,
  listTags,
  showArticle,
  showCoin,
  type TOutcome,
} from './endpoints'
import {
  API_KEY_HEADER,
  errorAnswer,
  okAnswer,
  preflightAnswer,
  tooManyAnswer,
  type TCaller,
} from './http'
import { openApiDocument } from './openapi'
import { isEdgeRefreshRequest } from '@/lib/edge/refreshToken'

export const CONTENT_API_BASE = '/api/v1'

type TRoute = (context: { url: URL; siteUrl: string }, parameter: string) => Promise<TOutcome>

/** `/api/v1/<collection>[/<one>]`: the endpoint and its path parameter. */
const ROUTES: Record<string, { list?: TRoute; one?: TRoute }> = {
  articles: { list: listArticles, one: showArticle },
  tags: { list: listTags },
  coins: { list: listCoins, one: showCoin },
  flashes: { list: listFlashes },
}

function routeOf(pathname: string): { route: TRoute; parameter: string } | 'openapi' | null {
  if (!pathname.startsWith(`${CONTENT_API_BASE}/`)) return null
  const parts = pathname.slice(CONTENT_API_BASE.length + 1).split('/')
  if (parts.length === 1 && parts[0] === 'openapi.json') return 'openapi'
  const endpoints = ROUTES[parts[0] ?? '']
  if (!endpoints || parts.length > 2) return null
  if (parts.length === 1) return endpoints.list ? { route: endpoints.list, parameter: '' } : null
  let parameter: string
  try {
    parameter = decodeURIComponent(parts[1] ?? '')
  } catch {
    return null
  }
  return endpoints.one && parameter ? { route: endpoints.one, parameter } : null
}

/**
 * Who asks, checked before anything is read: a key (valid, active, from an allowed origin,
 * within its own limit), or an anonymous client within the anonymous limit. A refusal is the
 * Response to send.
 */
async function callerOf(request: Request): Promise<TCaller | Response> {
  const key = request.headers.get(API_KEY_HEADER)
  const origin = request.headers.get('origin')
  if (key === null) {
    const anonymous: TCaller = { kind: 'anonymous' }
    // The app renewing nginx's shared copy after a publish is no reader to limit.
    if (isEdgeRefreshRequest(request.headers)) return anonymous
    const client = clientAddressOf(request.headers)
    if (client) {
      const spent = await spendPoint(
        'contentApi',
        client,
        getEnv().CONTENT_API_ANONYMOUS_PER_MINUTE,
      )
      if (!spent.allowed) return tooManyAnswer(anonymous, spent.retryAfterSeconds)
    }
    return anonymous
  }
  const unchecked: TCaller = { kind: 'anonymous' }
  const check = await checkApiKey(await getPayloadClient(), key.trim())
  if (!check.ok) return errorAnswer(unchecked, 401, check.message)
  // A browser sends Origin; a key is used from a page only where its admin allowed that page.
  if (origin !== null && !check.allowedOrigins.includes(origin))
    return errorAnswer(
      unchecked,
      403,
      `此密钥不允许来源 ${origin} / this key is not allowed from origin ${origin}`,
    )
  const caller: TCaller = { kind: 'key', origin }
  const spent = await spendPoint('contentApiKey', check.id, check.rateLimitPerMinute)
  if (!spent.allowed) return tooManyAnswer(caller, spent.retryAfterSeconds)
  return caller
}

/**
 * Every request under /api/v1 (app/(payload)/api/v1/[...path]/route.ts): read-only JSON, an ETag
 * on every 200 and a 304 when the client holds it, shared-cacheable for anonymous callers only.
 */
export async function handleContentApi(request: Request): Promise<Response> {
  if (request.method === 'OPTIONS') return preflightAnswer(request)
  const anonymous: TCaller = { kind: 'anonymous' }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return errorAnswer(anonymous, 405, 'read-only API: GET, HEAD or OPTIONS', {
      Allow: 'GET, HEAD, OPTIONS',
    })
  const url = new URL(request.url)
  const target = routeOf(url.pathname)
  if (target === null) return errorAnswer(anonymous, 404, `unknown endpoint: ${url.pathname}`)
  try {
    const caller = await callerOf(request)
    if (caller instanceof Response) return caller
    const siteUrl = getEnv().SITE_URL
    if (target === 'openapi') {
      if ([...url.searchParams.keys()].length > 0)
        return errorAnswer(caller, 400, 'openapi.json takes no query parameters')
      return okAnswer(request, caller, openApiDocument(siteUrl))
    }
    const outcome = await target.route({ url, siteUrl }, target.parameter)
    if (outcome.status === 200) return okAnswer(request, caller, outcome.body)
    return errorAnswer(caller, outcome.status, outcome.error)
  } catch (error) {
    if (!databaseUnavailableReason(error)) throw error
    return errorAnswer(anonymous, 503, DATABASE_UNAVAILABLE_MESSAGE, { 'Retry-After': '5' })
  }
}
