export type TProgress = { update(done: number): void; finish(done: number): void }

const LOG_EVERY_MS = 5000

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const m = Math.floor(seconds / 60)
  const s = Math.round(seconds % 60)
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`
}

/** "label 1200/100000 1.2% 850/s ETA 1m56s" for a run of `total`. */
export function describeProgress(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  const percent = total > 0 ? (done / total) * 100 : 100
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0
  const eta = rate > 0 ? (total - done) / rate : Infinity
  return `${label} ${done}/${total} ${percent.toFixed(1)}% ${Math.round(rate)}/s ETA ${formatSeconds(eta)}`
}

/**
 * A progress bar: one line rewritten in place on a terminal (at most ~10 times a second), a plain
 * line every few seconds in a log file, where carriage returns would make a mess.
 */
export function createRateProgress(
  label: string,
  total: number,
  options: { interactive: boolean; write: (text: string) => void; now?: () => number },
): TProgress {
  const now = options.now ?? Date.now
  const started = now()
  let lastShown = 0
  const line = (done: number) => describeProgress(label, done, total, now() - started)
  return {
    update(done) {
      const at = now()
      if (at - lastShown < (options.interactive ? 100 : LOG_EVERY_MS)) return
      lastShown = at
      options.write(options.interactive ? `\r${line(done)}\x1b[K` : `${line(done)}\n`)
    },
    finish(done) {
      options.write(options.interactive ? `\r${line(done)}\x1b[K\n` : `${line(done)}\n`)
    },
  }
}
