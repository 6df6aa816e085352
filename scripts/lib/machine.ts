import os from 'node:os'

/** The machine a measurement ran on, as the bench and soak reports record it. */
export type TMachine = { cpus: number; loadAverage1m: number; node: string }

/**
 * This machine, with the load average read when the measurement started (given), or now. The
 * load says how far other work on a shared machine may have slowed the figures.
 */
export function describeMachine(loadAverage1m = os.loadavg()[0] ?? 0): TMachine {
  return { cpus: os.cpus().length, loadAverage1m, node: process.version }
}
