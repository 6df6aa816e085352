import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type TProductionServer = { baseUrl: string; logs: () => string; stop: () => Promise<void> }

/**
 * `next start` keeps rendered pages and cached data in the build directory across restarts. Each
 * test server has its own database and SITE_URL, so it must start like a fresh deployment, without
 * pages another test server rendered.
 */
async function clearRuntimeCaches(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  for (const cache of ['server/route-cache', 'cache/fetch-cache', 'cache/images']) {
    await rm(path.join(distDir, cache), { recursive: true, force: true })
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * `next start` of the production build on a fresh database of its own, seeded on first start as a
 * new install would be. Requires `next build` to have run (npm run test:e2e does it).
 */
export async function startProductionServer(
  extraEnv: Record<string, string> = {},
): Promise<TProductionServer> {
  await clearRuntimeCaches()
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(directory, 'e2e.db')}`,
        MEDIA_DIR: path.join(directory, 'media'),
        PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef',
        SITE_URL: baseUrl,
        SEED_ON_EMPTY: 'true',
        SEED_DEMO_ACCOUNTS: 'true',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    await rm(directory, { recursive: true, force: true })
  }

  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const response = await fetch(`${baseUrl}/api/tags?limit=1`)
      if (response.ok) return { baseUrl, logs: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start did not become ready:\n${output}`)
}
