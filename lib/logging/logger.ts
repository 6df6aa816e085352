import type { Config } from 'payload'
import type { LoggerOptions } from 'pino'

import type { TEnv } from '@/lib/env'
import { statusOf } from './requestErrors'

/**
 * Payload's errors that are answers to the client, not failures of the server: its own error
 * handler does not log them, because lib/logging/requestErrors.ts writes one `info` line with the
 * request's path and status for each instead of an `error` with a stack trace. Payload looks
 * these up by class name, which only works where names survive; the production build minifies
 * them, hence also the status check in `dropRefusals`.
 */
export const loggingLevels: Config['loggingLevels'] = {
  AuthenticationError: false,
  FileUploadError: false,
  Forbidden: false,
  Locked: false,
  LockedAuth: false,
  MissingFile: false,
  NotFound: false,
  QueryError: false,
  UnverifiedEmail: false,
  ValidationError: false,
}

/** An error line for an error that carries a 4xx status: a refusal, already logged as such. */
export function isRefusalErrorLine(args: unknown[]): boolean {
  const [first] = args
  if (typeof first !== 'object' || first === null || !('err' in first)) return false
  const status = statusOf(first.err)
  return status >= 400 && status < 500
}

const PINO_ERROR_LEVEL = 50

const dropRefusals: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (
  args,
  method,
  level,
) {
  if (level >= PINO_ERROR_LEVEL && isRefusalErrorLine(args)) return
  method.apply(this, args)
}

/**
 * Production logs one JSON object per line (pino's own format) for log shippers and alerts;
 * development keeps Payload's readable pretty printer; tests log fatal errors only, since they
 * provoke refusals on purpose and their assertions say what went wrong.
 */
export function loggerFor(env: TEnv): Config['logger'] {
  if (env.NODE_ENV === 'test') return { options: { level: 'fatal' } }
  if (env.NODE_ENV === 'production') {
    return { options: { level: 'info', hooks: { logMethod: dropRefusals } } }
  }
  return undefined
}
