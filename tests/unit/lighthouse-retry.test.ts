import { LighthouseRunError, retryingTraceFailures } from '@/scripts/lib/lighthouseRetry'

/** A run that fails with the given errors in turn, then answers `done`. */
function runFailing(...errors: Error[]) {
  const calls = { count: 0 }
  const run = async () => {
    const error = errors[calls.count++]
    if (error) throw error
    return 'done'
  }
  return { run, calls }
}

describe('npm run audit makes a run again when Lighthouse failed to record the page', () => {
  test('a NO_NAVSTART run is made again and the next run counts', async () => {
    const { run, calls } = runFailing(new LighthouseRunError('NO_NAVSTART', 'no navigationStart'))
    const retried: number[] = []
    const result = await retryingTraceFailures(run, {
      onRetry: (_error, attempt) => retried.push(attempt),
    })
    expect(result).toBe('done')
    expect(calls.count).toBe(2)
    expect(retried).toEqual([1])
  })

  test('it gives up after the attempts allowed, with the last error', async () => {
    const failure = () => new LighthouseRunError('NO_TRACING_STARTED', 'no trace')
    const { run, calls } = runFailing(failure(), failure(), failure())
    await expect(retryingTraceFailures(run, { attempts: 3 })).rejects.toThrow(
      'Lighthouse: NO_TRACING_STARTED: no trace',
    )
    expect(calls.count).toBe(3)
  })

  test("the page's own failures and other errors are not hidden by a second run", async () => {
    for (const error of [
      new LighthouseRunError('NO_FCP', 'the page painted nothing'),
      new LighthouseRunError('ERRORED_DOCUMENT_REQUEST', 'status 500'),
      new Error('Chromium did not start'),
    ]) {
      const { run, calls } = runFailing(error)
      await expect(retryingTraceFailures(run)).rejects.toBe(error)
      expect(calls.count).toBe(1)
    }
  })
})
