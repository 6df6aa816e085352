import type { z } from 'zod'

/**
 * Answers of the watchlist endpoints. Every answer is personal (or depends on who asks), so no
 * browser, CDN or Next cache may keep it.
 */
const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store' } as const

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE_HEADERS })
}

export function errorResponse(status: number, error: string): Response {
  return jsonResponse({ error }, status)
}

export const NOT_LOGGED_IN = '请先登录 / log in first'

/** The first problem of a failed parse, with where it is: "items.3: …". */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '请求格式不对 / malformed request'
  const where = issue.path.map(String).join('.')
  return where ? `${where}: ${issue.message}` : issue.message
}
