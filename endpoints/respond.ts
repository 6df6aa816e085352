import type { z } from 'zod'

import { tooManyRequestsHeaders, tooManyRequestsMessage } from '@/lib/rateLimit/tooManyRequests'

/**
 * How every JSON endpoint of ours answers: the Payload endpoints under endpoints/ and the Next
 * route /feed-items. A refusal is always `{ error: '…' }` with its status. The headers (chiefly
 * Cache-Control) belong to a set of answers rather than to each call, so a personal endpoint
 * cannot forget `private` on one of its refusals.
 */

export type TParsed<T> = { ok: true; data: T } | { ok: false; response: Response }

/** The first problem of a failed parse, naming the field when there is one: "invalid items.3: …". */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid request'
  const field = issue.path.map(String).join('.')
  return field ? `invalid ${field}: ${issue.message}` : issue.message
}

/** Query parameters as the object a schema parses; a repeated parameter keeps its last value. */
export const queryOf = (searchParams: URLSearchParams | undefined): Record<string, string> =>
  Object.fromEntries(searchParams ?? [])

/** JSON answers that all carry these headers. */
export function answersWith(headers: Record<string, string> = {}) {
  const json = (body: unknown, status = 200): Response => Response.json(body, { status, headers })
  const error = (status: number, message: string): Response => json({ error: message }, status)
  return {
    json,
    error,
    badRequest: (message: string) => error(400, message),
    notLoggedIn: () => error(401, '请先登录 / log in first'),
    notFound: (message: string) => error(404, message),
    unavailable: (message: string) => error(503, message),
    /** A budget this caller has spent: the wait in Retry-After and in words, as every 429 says it. */
    tooManyRequests: (retryAfterSeconds: number): Response =>
      Response.json(
        { error: tooManyRequestsMessage(retryAfterSeconds), retryAfterSeconds },
        { status: 429, headers: { ...headers, ...tooManyRequestsHeaders(retryAfterSeconds) } },
      ),
    /** The query or body checked with `schema`, or the 400 that says which field is wrong and why. */
    parse<TSchema extends z.ZodType>(schema: TSchema, input: unknown): TParsed<z.output<TSchema>> {
      const parsed = schema.safeParse(input)
      if (parsed.success) return { ok: true, data: parsed.data }
      return { ok: false, response: error(400, describeFirstIssue(parsed.error)) }
    },
  }
}

/** For answers that depend on who asks: no browser, CDN or Next cache may keep them. */
export const privateAnswers = answersWith({ 'Cache-Control': 'private, no-store' })

/** For answers that are the same for everyone, under the server's default caching. */
export const sharedAnswers = answersWith()
