import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sqliteFilePath } from '@/lib/db/backup'
import { nextDistDir } from '@/lib/env'
import { freePort } from './freePort'
import { buildServerBundle, SERVER_BUNDLE } from './serverBundle'

/**
 * The production server (`npm start`: server.ts bundled into dist/server.cjs, Next behind the
 * in-memory page cache) on a fresh SQLite database of its own, seeded with the demo content on
 * first start as a new install would be. Shared by the end-to-end tests
 * (tests/helpers/productionServer.ts), `npm run audit` and `npm run bench`.
 */

export type TProductionServer = {
  baseUrl: string
  /** The server process (the benchmark reads its memory use). */
  pid: number
  /** Its database, when that is a SQLite file (the fuzzer compares it before and after). */
  databaseFile: string | null
  logs: () => string
  stop: () => Promise<void>
}

export type TProductionServerOptions = {
  /** Variables added to (and overriding) the server's environment. */
  env?: Record<string, string>
  /** Port on 127.0.0.1; a free one is picked when absent. */
  port?: number
  /** Prefix of the temporary directory holding the database and media. */
  tempPrefix?: string
  /** How long to wait for the server to answer, in milliseconds. */
  readyTimeoutMs?: number
  /** The path whose first successful answer means ready (default: the REST API's tags). */
  readyPath?: string
  /** How often to ask while waiting, in milliseconds (default 500). */
  pollIntervalMs?: number
  /**
   * Fills the server's temporary directory before it starts (`newsroom.db` and `media/` are
   * where the server looks unless `env` says otherwise): e.g. a copy of a seeded database.
   */
  prepareDirectory?: (directory: string) => Promise<void>
}

/** True when `next build` has left a production build in the build directory. */
export const hasProductionBuild = (distDir: string = nextDistDir()): boolean =>
  existsSync(path.join(distDir, 'BUILD_ID'))

/** Path of Next's CLI, run with the current Node. */
export const nextBin = (): string => path.join('node_modules', 'next', 'dist', 'bin', 'next')

/**
 * `npm run build` in one call: `next build` into nextDistDir(), its output shown, with Next's
 * telemetry off, then the server bundle. A build into another directory adds that directory's
 * types to tsconfig.json; the file is put back as it was. Resolves with the first non-zero exit
 * code (null when a step could not start).
 */
export async function runNextBuild(): Promise<number | null> {
  const tsconfig = await readFile('tsconfig.json', 'utf8')
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [nextBin(), 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' },
    })
    child.once('exit', resolve)
    child.once('error', () => resolve(null))
  })
  if ((await readFile('tsconfig.json', 'utf8')) !== tsconfig) {
    await writeFile('tsconfig.json', tsconfig)
    console.log('(put back tsconfig.json, which next build had rewritten)')
  }
  if (code !== 0) return code
  await buildServerBundle()
  return 0
}

/**
 * Next keeps rendered pages and cached data in the build directory across restarts. Each
 * server started here has its own database and SITE_URL, so it must start like a fresh deployment,
 * without pages another server rendered.
 */
async function clearRuntimeCaches(): Promise<void> {
  for (const cache of ['server/route-cache', 'cache/fetch-cache', 'cache/images']) {
    await rm(path.join(nextDistDir(), cache), { recursive: true, force: true })
  }
}

/**
 * Starts the production server (requires `npm run build` to have run) and resolves once the REST
 * API answers.
 * Rejects with the server's output when it exits or is not ready in time.
 */
export async function startNextProductionServer(
  options: TProductionServerOptions = {},
): Promise<TProductionServer> {
  await clearRuntimeCaches()
  const directory = await mkdtemp(path.join(os.tmpdir(), options.tempPrefix ?? 'newsroom-server-'))
  await options.prepareDirectory?.(directory)
  const port = options.port ?? (await freePort())
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ''
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(directory, 'newsroom.db')}`,
    MEDIA_DIR: path.join(directory, 'media'),
    PAYLOAD_SECRET: 'local-secret-0123456789abcdef',
    SITE_URL: baseUrl,
    SEED_ON_EMPTY: 'true',
    SEED_DEMO_ACCOUNTS: 'true',
    ...options.env,
  }
  const child: ChildProcess = spawn(process.execPath, [SERVER_BUNDLE], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const databaseUri = env.DATABASE_URI ?? ''
  const databaseFile = databaseUri.startsWith('file:') ? sqliteFilePath(databaseUri) : null
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))

  const hasExited = () => child.exitCode !== null || child.signalCode !== null
  const stop = async () => {
    if (!hasExited()) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    await rm(directory, { recursive: true, force: true })
  }

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000)
  while (Date.now() < deadline) {
    if (hasExited()) break
    try {
      const response = await fetch(`${baseUrl}${options.readyPath ?? '/api/tags?limit=1'}`)
      if (response.ok) return { baseUrl, pid: child.pid!, databaseFile, logs: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs ?? 500))
  }
  const reason = hasExited()
    ? `exited (${child.exitCode ?? child.signalCode})`
    : 'did not become ready in time'
  await stop()
  throw new Error(`the production server ${reason}:\n${output}`)
}

/**
 * With WEB_CONCURRENCY > 1 the server answers as soon as its first process listens; this waits
 * until each of `count` processes has said it is ready ("… process N)" in its start-up line).
 */
export async function waitForServerProcesses(
  server: Pick<TProductionServer, 'logs'>,
  count: number,
  timeoutMs = 300_000,
): Promise<void> {
  // A single process is not numbered; the server answering already means it is ready.
  if (count === 1) return
  const ready = () =>
    Array.from({ length: count }, (_, index) => index + 1).every((number) =>
      server.logs().includes(`process ${number})`),
    )
  const deadline = Date.now() + timeoutMs
  while (!ready()) {
    if (Date.now() > deadline) {
      throw new Error(`not all ${count} server processes became ready:\n${server.logs()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
