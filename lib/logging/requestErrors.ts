import type { AfterErrorHook } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableReason } from '@/lib/db/unavailable'
import { publicRefusalAnswer } from './publicRefusal'

// Clients that retry (and load balancers) wait this long, in seconds, after a 503.
const RETRY_AFTER_SECONDS = '5'

/**
 * Payload's error hook for every REST, GraphQL and custom-endpoint error. It writes the one log
 * line of the failed request (method, path, status): refusals (wrong password, 403, 404, bad
 * input) at `info` without a stack, so an attack does not flood the log with errors; real
 * failures at `error` with the error. A refusal keeps its message and field errors in the
 * production build (lib/logging/publicRefusal.ts). A database that cannot be reached answers 503
 * with a clear message instead of Payload's "Something went wrong." 500, and recovers with the
 * database.
 */
export const answerAndLogRequestError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const unavailable = databaseUnavailableReason(error)
  const status = unavailable ? 503 : statusOf(error)
  const line = { method: req.method, path: req.pathname, status }
  if (status < 500) {
    req.payload.logger.info({ ...line, msg: error.message })
  } else if (unavailable) {
    req.payload.logger.error({ ...line, msg: unavailable, err: error })
  } else {
    req.payload.logger.error({ ...line, msg: 'request failed', err: error })
  }
  if (!unavailable) return graphqlResult ? undefined : publicRefusalAnswer(error)
  if (graphqlResult) {
    const extensions = { ...graphqlResult.extensions, statusCode: 503 }
    return {
      graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE, extensions },
    }
  }
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', RETRY_AFTER_SECONDS)
  req.responseHeaders.set('Cache-Control', 'no-store')
  return {
    status: 503,
    response: {
      errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }],
      error: DATABASE_UNAVAILABLE_MESSAGE,
    },
  }
}

/** The HTTP status an error stands for; GraphQL keeps the error of a resolver in originalError. */
export function statusOf(error: unknown): number {
  const carrier = error as { status?: unknown; originalError?: { status?: unknown } } | null
  const status = carrier?.status ?? carrier?.originalError?.status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}
