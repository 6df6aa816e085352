/** Whether the server came through: still running, healthy, and no crash in its log. */

export type TServerCheck = {
  /** False when the process the fuzzer started has exited (unknown for --base-url). */
  alive: boolean | null
  /** GET /api/health answered 200 with status ok. */
  healthy: boolean
  healthDetail: string
  /** Uncaught exceptions, unhandled rejections, fatal errors: each is a finding. */
  crashLines: string[]
  /** Error-level lines (Payload's level ≥ 50, Next's ⨯ lines): listed, for the reader to judge. */
  errorLines: string[]
}

const CRASH =
  /uncaughtException|unhandledRejection|Unhandled Rejection|FATAL ERROR|heap out of memory|Segmentation fault|ERR_INTERNAL_ASSERTION/i

const isErrorLine = (line: string): boolean => {
  if (/^\s*⨯/.test(line)) return true
  if (!line.startsWith('{')) return false
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level
    return typeof level === 'number' && level >= 50
  } catch {
    return false
  }
}

export async function checkHealth(
  baseUrl: string,
): Promise<Pick<TServerCheck, 'healthy' | 'healthDetail'>> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) })
    const text = await response.text()
    const healthy =
      response.status === 200 && (JSON.parse(text) as { status?: string }).status === 'ok'
    return { healthy, healthDetail: `${response.status} ${text.slice(0, 200)}` }
  } catch (error) {
    return { healthy: false, healthDetail: (error as Error).message }
  }
}

/** The lines of `log` written after the first `since` characters, sorted into crashes and errors. */
export function scanLog(log: string, since = 0): Pick<TServerCheck, 'crashLines' | 'errorLines'> {
  const lines = log.slice(since).split('\n')
  return {
    crashLines: lines.filter((line) => CRASH.test(line)),
    errorLines: lines.filter((line) => !CRASH.test(line) && isErrorLine(line)),
  }
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
