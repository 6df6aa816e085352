import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { startNginx } from '@/deploy/startNginx'
import { PAGE_CACHE_HEADER } from '@/lib/pageCache/handler'
import { freePort } from '@/scripts/lib/freePort'
import type { TProductionServer } from '@/scripts/lib/productionServer'
import { startRedisServer } from '@/tests/helpers/redisServer'
import { openEditorSession } from './editorSession'
import { peakRssMiB, rssMiBByProcess } from './processMemory'
import { measurePublishToVisible, type TLatencySummary } from './publishLatency'
import { startAppInstances } from './scaleOutInstances'
import { runLoad, type TLoadResult } from './wrk'

/** The instance counts compared, in one run. */
const INSTANCE_COUNTS = [1, 2] as const

export type TScaleOutRow = {
  /** feed: the home page; article: a story page; feed uncached: the home page in draft mode. */
  target: 'feed' | 'article page' | 'feed uncached'
  result: TLoadResult
  /**
   * Cached targets: per instance, the requests it took (asked directly, one after another) until
   * its page cache answered HIT, i.e. until the instance kept the page. Empty for the uncached one.
   */
  requestsUntilKept: number[]
}

export type TScaleOutStep = {
  instances: number
  /** Through nginx balancing over the instances, its micro-cache off. */
  rows: TScaleOutRow[]
  /**
   * Published through instance 1, polled on instance 2 directly (with one instance: on instance
   * 1 itself) until the feed, the story and its coin page show it.
   */
  publishToVisible: TLatencySummary
  publishReadOn: 'same instance' | 'other instance'
  /** Resident memory (VmRSS) of each instance's processes right after its loads, MiB. */
  rssMiBPerInstance: number[]
  /**
   * Peak resident memory (VmHWM) of each instance's processes so far, MiB: for instance 1 in the
   * two-instance step this includes the one-instance step before it.
   */
  peakRssMiBPerInstance: number[]
}

export type TScaleOutReport = {
  processesPerInstance: number
  connections: number
  durationSeconds: number
  steps: TScaleOutStep[]
  /** req/s and p99 with two instances divided by those with one, per target. */
  ratios: { target: TScaleOutRow['target']; requestsPerSecond: number; p99: number }[]
  /** Redis's used_memory after the run (Next's shared cache, counters, leases), MiB. */
  redisUsedMemoryMiB: number | null
}

export type TScaleOutOptions = {
  /** The bench's SQLite database, shared by every instance. */
  database: string
  processesPerInstance: number
  connections: number
  durationSeconds: number
  trials: number
}

const hostOf = (baseUrl: string) => baseUrl.replace('http://', '')

/** How long warming one page on one instance may take before the run gives up on it. */
const WARM_UP_LIMIT_MS = 30_000

/**
 * Asks one instance for a page, one request at a time, until its page cache answers HIT (the
 * instance has kept it); how many requests that took. A page an instance first meets with a
 * copy another instance put in the shared cache can be answered uncacheable for a while, and
 * under load every such answer is a render: the measurement is of the steady state after it.
 */
async function requestsUntilKept(baseUrl: string, pathname: string) {
  const started = Date.now()
  for (let requests = 1; ; requests++) {
    const response = await fetch(`${baseUrl}${pathname}`)
    await response.arrayBuffer()
    if (response.headers.get(PAGE_CACHE_HEADER) === 'HIT') return requests
    if (Date.now() - started > WARM_UP_LIMIT_MS)
      throw new Error(`${baseUrl}${pathname} was not kept in its page cache within 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** used_memory from `redis-cli INFO memory`, in MiB; null when redis-cli cannot tell. */
function redisUsedMemoryMiB(redisUrl: string): number | null {
  const info = spawnSync('redis-cli', ['-u', redisUrl, 'INFO', 'memory'], { encoding: 'utf8' })
  const bytes = /^used_memory:(\d+)/m.exec(info.stdout ?? '')?.[1]
  return bytes === undefined ? null : Math.round((Number(bytes) / 1024 / 1024) * 10) / 10
}

/**
 * One app instance against two behind Debian's nginx (deploy/nginx.conf with its micro-cache off,
 * so every request reaches an instance), sharing one redis-server and the bench's SQLite
 * database: req/s and p99 for the cached feed, a cached article page and the uncached feed, the
 * same wrk load for both; publish-to-visible on the other instance; each instance's RSS.
 * Two instances are started once; the one-instance step balances over the first alone.
 */
export async function measureScaleOut(options: TScaleOutOptions): Promise<TScaleOutReport> {
  const redis = await startRedisServer()
  // One public origin for both steps: nginx is restarted on the same port with other upstreams.
  const edgePort = await freePort()
  const siteUrl = `http://127.0.0.1:${edgePort}`
  const stops: (() => Promise<void>)[] = [redis.stop]
  try {
    const fleet = await startAppInstances({
      count: Math.max(...INSTANCE_COUNTS),
      databaseFile: path.resolve(options.database),
      redisUrl: redis.url,
      siteUrl,
      processesPerInstance: options.processesPerInstance,
    })
    stops.unshift(fleet.stop)
    const [first, second] = fleet.instances as [TProductionServer, TProductionServer]
    const newest = (await (
      await fetch(`${first.baseUrl}/api/articles?limit=1&depth=0`)
    ).json()) as {
      docs: { slug: string }[]
    }
    const articlePath = `/articles/${newest.docs[0]!.slug}`
    const session = await openEditorSession(first.baseUrl, newest.docs[0]!.slug)
    const targets: [TScaleOutRow['target'], string, Record<string, string>?][] = [
      ['feed', '/'],
      ['article page', articlePath],
      ['feed uncached', '/', { cookie: session.draftModeCookie }],
    ]
    const load = (url: string, headers?: Record<string, string>) =>
      runLoad({
        url,
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        headers,
      })

    const steps: TScaleOutStep[] = []
    for (const count of INSTANCE_COUNTS) {
      const members = fleet.instances.slice(0, count)
      const nginx = await startNginx({
        upstream: members.map((instance) => hostOf(instance.baseUrl)),
        listenPort: edgePort,
        microCache: false,
      })
      try {
        const rows: TScaleOutRow[] = []
        for (const [target, pathname, headers] of targets) {
          console.log(`measuring: scale-out, ${count} instance(s), ${target}`)
          // Rendered and kept on every instance first.
          const kept: number[] = []
          if (target === 'feed uncached')
            // The uncached render's steady state, not V8's first optimisations (as the main bench).
            await load(`${nginx.baseUrl}${pathname}`, headers)
          else
            for (const instance of members)
              kept.push(await requestsUntilKept(instance.baseUrl, pathname))
          rows.push({
            target,
            result: await load(`${nginx.baseUrl}${pathname}`, headers),
            requestsUntilKept: kept,
          })
        }
        const rssMiBPerInstance = await Promise.all(
          members.map(async (instance) => {
            const byProcess = await rssMiBByProcess(instance.pid)
            return Math.round([...byProcess.values()].reduce((sum, mib) => sum + mib, 0))
          }),
        )
        const peakRssMiBPerInstance = await Promise.all(
          members.map((instance) => peakRssMiB(instance.pid)),
        )
        console.log(`measuring: scale-out, ${count} instance(s), publish-to-visible`)
        const readOn = count === 1 ? first : second
        const publishToVisible = await measurePublishToVisible({
          origin: first.baseUrl,
          siteUrl,
          readBase: readOn.baseUrl,
          editorCookie: session.cookie,
          trials: options.trials,
        })
        steps.push({
          instances: count,
          rows,
          publishToVisible,
          publishReadOn: count === 1 ? 'same instance' : 'other instance',
          rssMiBPerInstance,
          peakRssMiBPerInstance,
        })
      } finally {
        await nginx.stop()
      }
    }
    const [one, two] = steps as [TScaleOutStep, TScaleOutStep]
    const ratios = one.rows.map((row, index) => {
      const other = two.rows[index]!.result
      const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100
      return {
        target: row.target,
        requestsPerSecond: ratio(other.requestsPerSecond, row.result.requestsPerSecond),
        p99: ratio(other.p99Ms, row.result.p99Ms),
      }
    })
    return {
      processesPerInstance: options.processesPerInstance,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      steps,
      ratios,
      redisUsedMemoryMiB: redisUsedMemoryMiB(redis.url),
    }
  } finally {
    for (const stop of stops) await stop()
  }
}

/** The scale-out part of the bench's printed report. */
export function scaleOutLines(report: TScaleOutReport): string[] {
  const cell = (result: TLoadResult) =>
    `${Math.round(result.requestsPerSecond)}`.padStart(9) +
    `${result.p99Ms.toFixed(1)}`.padStart(9) +
    `${result.errors}`.padStart(7)
  const [one, two] = report.steps as [TScaleOutStep, TScaleOutStep]
  const memory = (step: TScaleOutStep) =>
    step.rssMiBPerInstance
      .map((rss, index) => `${rss} (${step.peakRssMiBPerInstance[index]}) MiB`)
      .join(', ')
  const latency = (step: TScaleOutStep) =>
    `  publish-to-visible, ${step.instances} instance(s), read on the ${step.publishReadOn}: median ${step.publishToVisible.medianMs} ms, max ${step.publishToVisible.maxMs} ms (${step.publishToVisible.samplesMs.join(', ')})`
  return [
    `scale-out: 1 vs 2 app instances (${report.processesPerInstance} server process(es) each) behind nginx without its micro-cache, one redis-server, one SQLite database; wrk ${report.connections} connections × ${report.durationSeconds} s`,
    `${'target'.padEnd(16)}${'1: req/s'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(7)}${'2: req/s'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(7)}${'2/1 req/s'.padStart(11)}${'2/1 p99'.padStart(9)}`,
    ...one.rows.map((row, index) => {
      const ratio = report.ratios[index]!
      return `${row.target.padEnd(16)}${cell(row.result)}${cell(two.rows[index]!.result)}${ratio.requestsPerSecond.toFixed(2).padStart(11)}${ratio.p99.toFixed(2).padStart(9)}`
    }),
    latency(one),
    latency(two),
    `  requests until each instance kept the page (asked directly, before the load): ${two.rows
      .filter((row) => row.requestsUntilKept.length > 0)
      .map((row) => `${row.target} ${row.requestsUntilKept.join(' / ')}`)
      .join(', ')}`,
    `  RSS per instance after the loads (peak): 1 instance ${memory(one)}; 2 instances ${memory(two)}; Redis used_memory ${report.redisUsedMemoryMiB ?? '?'} MiB`,
  ]
}
