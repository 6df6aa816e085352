/** A run Lighthouse itself reported as failed, with its error code (LighthouseError's). */
export class LighthouseRunError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`Lighthouse: ${code}: ${message}`)
  }
}

/**
 * Failures of the trace Chromium recorded, not of the page: Lighthouse's NO_NAVSTART and its
 * siblings, which a busy machine produces now and then. Such a run says nothing about the page.
 */
const TRACE_FAILURES = new Set([
  'NO_NAVSTART',
  'NO_TRACING_STARTED',
  'TRACING_ALREADY_STARTED',
  'PROTOCOL_TIMEOUT',
])

/**
 * A Lighthouse run (scripts/lib/lighthouse.ts), made again (up to `attempts` runs in all) when
 * Lighthouse failed to record the page rather than found it failing; any other error is passed on
 * at once.
 */
export async function retryingTraceFailures<TResult>(
  run: () => Promise<TResult>,
  {
    attempts = 3,
    onRetry = () => {},
  }: {
    attempts?: number
    onRetry?: (error: LighthouseRunError, attempt: number) => void
  } = {},
): Promise<TResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      const traceFailure = error instanceof LighthouseRunError && TRACE_FAILURES.has(error.code)
      if (!traceFailure || attempt >= attempts) throw error
      onRetry(error, attempt)
    }
  }
}
