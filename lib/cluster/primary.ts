import cluster, { type Worker } from 'node:cluster'

import { isTagExpiryMessage } from './messages'
import { WORKER_NUMBER_VARIABLE } from './workerNumber'

/** How long workers get to finish their requests after SIGTERM before the primary exits. */
const SHUTDOWN_GRACE_MS = 6000

/**
 * The primary process of `npm start` with WEB_CONCURRENCY > 1: it serves nothing itself. It
 * starts the workers (each a full server: Next, Payload, page cache) on the shared port, passes
 * cache-tag expiries from the worker where an article changed to all the others, replaces a worker
 * that dies, and stops them all on SIGTERM/SIGINT.
 *
 * Workers start one at a time: the first applies pending migrations and seeds an empty database
 * (payload.config.ts onInit) before any other opens it. A worker that exits before it ever listened
 * (a port in use, a broken build) stops the whole server with its exit code: restarting it
 * would fail the same way.
 */
export function runPrimary(workerCount: number): void {
  const listening = new WeakSet<Worker>()
  let stopping = false

  const relay = (from: Worker, message: unknown) => {
    if (!isTagExpiryMessage(message)) return
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(message)
    }
  }

  const stopAll = (exitCode: number) => {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined)
    if (workers.length === 0) process.exit(exitCode)
    for (const worker of workers) worker.process.kill('SIGTERM')
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode)
    })
    setTimeout(() => process.exit(exitCode), SHUTDOWN_GRACE_MS).unref()
  }

  const start = (number: number, then?: () => void) => {
    const worker = cluster.fork({ [WORKER_NUMBER_VARIABLE]: String(number) })
    worker.on('message', (message: unknown) => relay(worker, message))
    worker.once('listening', () => {
      listening.add(worker)
      then?.()
    })
    worker.once('exit', (code, signal) => {
      if (stopping) return
      if (!listening.has(worker)) {
        console.error(`✖ server process ${number} stopped while starting; stopping the server`)
        stopAll(code || 1)
        return
      }
      console.error(
        `server process ${number} exited (${signal ?? `code ${code}`}); starting a new one`,
      )
      start(number)
    })
  }

  const startFrom = (number: number) => {
    if (number <= workerCount) start(number, () => startFrom(number + 1))
  }
  startFrom(1)

  process.once('SIGTERM', () => stopAll(0))
  process.once('SIGINT', () => stopAll(0))
}
