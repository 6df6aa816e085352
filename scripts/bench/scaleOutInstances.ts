import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { nextDistDir } from '@/lib/env'
import {
  startNextProductionServer,
  waitForServerProcesses,
  type TProductionServer,
} from '@/scripts/lib/productionServer'

/**
 * The build directory of instance `number` (1-based): the first uses the bench's own build, each
 * other a copy of it, as another machine would have its own.
 */
const buildDirectoryOf = (number: number) =>
  number === 1 ? nextDistDir() : `${nextDistDir()}-instance-${number}`

/**
 * Hard links of the build output without Next's build cache (as tests/e2e/instances.e2e.spec.ts
 * does): a copy that costs no time or space. With REDIS_URL the server writes no cache entries
 * into it, and the files it does write it replaces rather than rewrites.
 */
async function linkBuildInto(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true })
  await mkdir(target)
  const source = nextDistDir()
  const entries = readdirSync(source).filter((entry) => entry !== 'cache')
  const copied = spawnSync('cp', [
    '-al',
    ...entries.map((entry) => path.join(source, entry)),
    target,
  ])
  if (copied.status !== 0)
    throw new Error(`linking the build into ${target} failed: ${copied.stderr}`)
}

export type TAppInstances = {
  instances: TProductionServer[]
  stop: () => Promise<void>
}

/**
 * `count` production servers as `count` machines would run them: separate processes and build
 * directories, one SQLite database, one Redis, one public origin (the load balancer's). Started
 * together, like a fleet after a deploy; Redis's start-up lock lets one of them migrate first.
 */
export async function startAppInstances(options: {
  count: number
  /** The SQLite file all instances share (absolute). */
  databaseFile: string
  redisUrl: string
  /** The public origin: nginx's. */
  siteUrl: string
  /** Server processes per instance (WEB_CONCURRENCY). */
  processesPerInstance: number
}): Promise<TAppInstances> {
  const numbers = Array.from({ length: options.count }, (_, index) => index + 1)
  for (const number of numbers.slice(1)) await linkBuildInto(buildDirectoryOf(number))
  const started = await Promise.allSettled(
    numbers.map((number) =>
      startNextProductionServer({
        env: {
          NEXT_DIST_DIR: buildDirectoryOf(number),
          WEB_CONCURRENCY: String(options.processesPerInstance),
          DATABASE_URI: `file:${options.databaseFile}`,
          REDIS_URL: options.redisUrl,
          SEED_ON_EMPTY: 'false',
          SITE_URL: options.siteUrl,
        },
        tempPrefix: `newsroom-bench-instance-${number}-`,
        readyPath: '/',
        pollIntervalMs: 50,
        readyTimeoutMs: 300_000,
      }),
    ),
  )
  const instances = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  )
  const stop = async () => {
    for (const instance of instances) await instance.stop()
    for (const number of numbers.slice(1))
      await rm(buildDirectoryOf(number), { recursive: true, force: true })
  }
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    await stop()
    throw (failed as PromiseRejectedResult).reason
  }
  for (const instance of instances)
    await waitForServerProcesses(instance, options.processesPerInstance)
  return { instances, stop }
}
