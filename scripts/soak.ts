/**
 * `npm run soak`: signed-in readers save watchlists and bookmarks while visitors read the portal,
 * on loopback, for a bounded time; then every acknowledged write is read back and the server's
 * memory over the measured window is judged (see scripts/soak/args.ts for the flags).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { nextDistDir } from '@/lib/env'
import { describeMachine } from './lib/machine'
import { flagsOrExit } from './lib/parseFlags'
import {
  hasProductionBuild,
  startNextProductionServer,
  waitForServerProcesses,
} from './lib/productionServer'
import { HARD_STOP_GRACE_SECONDS, parseSoakArgs, SOAK_USAGE, type TSoakArgs } from './soak/args'
import { loadCatalog } from './soak/catalog'
import { clientAddressOf, createSoakClient } from './soak/client'
import { listeningProcess } from './soak/listeningProcess'
import { MemorySampler } from './soak/memory'
import { readBackAll } from './soak/readBack'
import { runReader, signInReaders } from './soak/readers'
import { failuresOf, formatReport, type TSoakReport } from './soak/report'
import { RequestStats, type TRequestKind } from './soak/requestStats'
import { SoakSchedule } from './soak/schedule'
import { runVisitor } from './soak/visitors'

const args = flagsOrExit(parseSoakArgs(process.argv.slice(2)), {
  help: SOAK_USAGE,
  afterError: ' (usage: npm run soak -- --help)',
})

type TTarget = {
  baseUrl: string
  /** The server's (or cluster primary's) process, when it could be found. */
  pid: number | undefined
  processes: number | undefined
  logs: () => string
  stop: () => Promise<void>
}

/** The server under load: the one at --base-url, or a production server of the soak's own. */
async function startTarget(args: TSoakArgs): Promise<TTarget> {
  if (args.baseUrl) {
    const url = new URL(args.baseUrl)
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
    const pid = await listeningProcess(port)
    return {
      baseUrl: args.baseUrl,
      pid,
      processes: undefined,
      logs: () => '',
      stop: async () => {},
    }
  }
  if (!hasProductionBuild())
    throw new Error(`there is no production build in ${nextDistDir()}: run npm run build first`)
  // Nothing leaves the machine (Next would otherwise send usage reports).
  process.env.NEXT_TELEMETRY_DISABLED ||= '1'
  console.log(`starting the production server (${args.processes} process(es)) on a fresh database`)
  const server = await startNextProductionServer({
    env: { WEB_CONCURRENCY: String(args.processes), TRUSTED_PROXIES: 'loopback' },
    tempPrefix: 'newsroom-soak-',
    // Start-up's own limits end inside the hard stop's grace, so a server still starting is
    // stopped by them rather than left running when the hard stop ends the soak.
    readyTimeoutMs: 90_000,
  })
  try {
    await waitForServerProcesses(server, args.processes, 60_000)
  } catch (error) {
    await server.stop()
    throw error
  }
  return { ...server, processes: args.processes }
}

const KINDS: TRequestKind[] = ['write', 'reader read', 'page', 'visitor api']

async function soak(target: TTarget, signal: AbortSignal): Promise<TSoakReport> {
  const machine = describeMachine()
  const stats = new RequestStats()
  const schedule = new SoakSchedule(args.warmupSeconds * 1000, args.durationSeconds * 1000)
  const call = createSoakClient({ baseUrl: target.baseUrl, stats, schedule, signal })
  const sampler = target.pid ? new MemorySampler(target.pid) : undefined
  sampler?.start()

  const catalog = await loadCatalog(call, clientAddressOf('setup'))
  console.log(
    `signing in ${args.readers} readers (${catalog.coinIds.length} coins, ${catalog.articleIds.length} articles to save)`,
  )
  const readers = await signInReaders(call, args.readers)

  schedule.startLoad()
  const loadStart = performance.now()
  console.log(`load: ${args.warmupSeconds} s of warm-up, then ${args.durationSeconds} s measured`)
  const progress = setInterval(() => {
    const { requests, outcomes } = stats.summary()
    const elapsed = Math.round((performance.now() - loadStart) / 1000)
    console.log(
      `  ${schedule.phase()} ${elapsed} s: ${requests} requests, ${outcomes['5xx']} 5xx, ${outcomes['429']} 429`,
    )
  }, 10_000)
  // Never what keeps the process alive: after a failure the soak must still end.
  progress.unref()
  const context = { call, catalog, schedule }
  await Promise.all([
    ...readers.map((reader) => runReader(reader, context)),
    ...Array.from({ length: args.visitors }, (_, index) => runVisitor(index, context)),
  ])
  clearInterval(progress)
  sampler?.stop()

  console.log('reading every reader’s watchlist and bookmarks back')
  const readBack = await readBackAll(call, readers)
  const attempted = readers.reduce((sum, reader) => sum + reader.ledger.attempted, 0)
  const unacknowledged = readers.reduce((sum, reader) => sum + reader.ledger.unacknowledged, 0)
  const { help: _help, ...flags } = args
  return {
    date: new Date().toISOString(),
    machine,
    settings: { ...flags, processes: target.processes, baseUrl: target.baseUrl },
    requests: {
      all: stats.summary(),
      measured: stats.summary((request) => request.phase === 'measure'),
      measuredByKind: Object.fromEntries(
        KINDS.map((kind) => [kind, stats.summary((r) => r.phase === 'measure' && r.kind === kind)]),
      ),
      failureExamples: stats.failureExamples(),
    },
    writes: {
      attempted,
      acknowledged: attempted - unacknowledged,
      unacknowledged,
      verified: readBack.reduce((sum, result) => sum + result.verified, 0),
      mismatches: readBack.flatMap((r) =>
        r.mismatches.map((line) => `reader ${r.reader + 1}: ${line}`),
      ),
      readBackErrors: readBack.flatMap((r) =>
        r.error ? [`reader ${r.reader + 1}: ${r.error}`] : [],
      ),
    },
    memory: sampler?.report({ loadStart, from: schedule.measureFrom, to: schedule.endsAt }) ?? [],
  }
}

async function main(): Promise<number> {
  const abort = new AbortController()
  // Filled in once the server is up, for the hard stop to shut down.
  const running: { target?: TTarget } = {}
  // Bounded whatever happens: a hung server or request cannot keep the soak (or its server) alive.
  const boundSeconds = args.warmupSeconds + args.durationSeconds + HARD_STOP_GRACE_SECONDS
  const hardStop = setTimeout(() => {
    console.error(`✖ soak: still running after ${boundSeconds} s, stopped`)
    abort.abort()
    const stopped = running.target?.stop() ?? Promise.resolve()
    const patience = new Promise((resolve) => setTimeout(resolve, 10_000))
    void Promise.race([stopped, patience]).finally(() => process.exit(1))
  }, boundSeconds * 1000)
  hardStop.unref()

  const target = await startTarget(args)
  running.target = target
  try {
    const report = await soak(target, abort.signal)
    console.log(`\n${formatReport(report)}`)
    await mkdir('bench/results', { recursive: true })
    const file = path.join('bench/results', `soak-${report.date.replace(/[:.]/g, '-')}.json`)
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`written: ${file}`)
    const failed = failuresOf(report).length > 0
    if (failed && target.logs())
      console.log(`\nthe server's last lines:\n${target.logs().split('\n').slice(-40).join('\n')}`)
    return failed ? 1 : 0
  } finally {
    clearTimeout(hardStop)
    await target.stop()
  }
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(`✖ soak: ${(error as Error).message}`)
  process.exitCode = 1
}
