import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/scripts/lib/freePort'
import { nextBin } from '@/scripts/lib/productionServer'

export type TDevServer = { port: number; logs: () => string; stop: () => Promise<void> }

/**
 * `npm run dev -- -p <port>` as a newcomer runs it: no SITE_URL, listening on every address,
 * an empty SQLite database of its own that it migrates and seeds (demo accounts included). Its
 * build files go in .next/dev, apart from the production build the other end-to-end tests use.
 */
export async function startDevServer(): Promise<TDevServer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-dev-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(directory, 'newsroom.db')}`,
    MEDIA_DIR: path.join(directory, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  for (const name of ['NODE_ENV', 'SITE_URL', 'PAYLOAD_SECRET', 'PORT']) delete env[name]
  let output = ''
  // Its own process group, so stopping it also stops the server process Next starts.
  const child = spawn(process.execPath, [nextBin(), 'dev', '-p', String(port)], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    }
    await rm(directory, { recursive: true, force: true })
  }
  // The first request compiles the API route: it takes a while on a small machine.
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/tags?limit=1`)
      if (response.ok) return { port, logs: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await stop()
  throw new Error(`next dev did not become ready:\n${output}`)
}
