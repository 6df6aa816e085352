/**
 * `npm run bench`: the portal under load on 100,000 articles, from the app and through the edge
 * micro-cache, against nginx serving a static file on the same machine, then as one app instance
 * against two behind nginx (scripts/bench/scaleOut.ts); see scripts/bench/args.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startNginx } from '@/deploy/startNginx'
import { flagsOrExit } from './lib/parseFlags'
import { BENCH_USAGE, parseBenchArgs, type TBenchArgs, type TOnlyScenario } from './bench/args'
import { ensureDataset } from './bench/dataset'
import { openEditorSession } from './bench/editorSession'
import { peakRssMiB } from './bench/processMemory'
import { measureFlashPolling } from './bench/flashPolling'
import { measurePublishToVisible } from './bench/publishLatency'
import { measureSearchLatency } from './bench/searchLatency'
import { hotViewsLines, measureHotViews } from './bench/hotViews'
import { coinPageLines, measureCoinPage } from './bench/coinPage'
import { measureWatchlistNews, watchlistNewsLines } from './bench/watchlistNews'
import { CONTENT_API_LIST, measureContentApi } from './bench/contentApi'
import { measureAdminList } from './bench/adminList'
import { measureScaleOut, scaleOutLines } from './bench/scaleOut'
import { formatReport, type TBenchReport, type TLoadRow } from './bench/report'
import { serveStaticCopy } from './bench/staticReference'
import { runLoad } from './bench/wrk'
import { nextDistDir } from '@/lib/env'
import { freePort } from './lib/freePort'
import { describeMachine } from './lib/machine'
import {
  hasProductionBuild,
  runNextBuild,
  startNextProductionServer,
  waitForServerProcesses,
} from './lib/productionServer'

const args = flagsOrExit(parseBenchArgs(process.argv.slice(2)), {
  help: BENCH_USAGE,
  afterError: ' (usage: npm run bench -- --help)',
})

function requireBinary(name: string): void {
  if (spawnSync(name, ['-v'], { stdio: 'ignore' }).error)
    throw new Error(`${name} is not installed: apt-get install -y ${name}`)
}

async function build(): Promise<void> {
  console.log(`build: next build into ${nextDistDir()}`)
  const code = await runNextBuild()
  if (code !== 0) throw new Error(`next build exited ${code}`)
}

/** What every scenario that starts the production server needs first. */
function prepareServerRun(): void {
  requireBinary('nginx')
  requireBinary('wrk')
  requireBinary('redis-server')
  // Its own build directory, so a developer's `.next` is neither used nor overwritten.
  process.env.NEXT_DIST_DIR ||= '.next-bench'
  // Nothing leaves the machine (Next would otherwise announce and send build telemetry).
  process.env.NEXT_TELEMETRY_DISABLED ||= '1'
}

async function buildOrReuse(args: TBenchArgs): Promise<void> {
  if (args.build) await build()
  else if (!hasProductionBuild())
    throw new Error(`--no-build, but there is no production build in ${nextDistDir()}`)
}

/** The scale-out scenario's settings: one server process per instance unless --processes says. */
const scaleOutOptions = (args: TBenchArgs) => ({
  database: args.database,
  processesPerInstance: args.processes ?? 1,
  connections: args.connections,
  durationSeconds: args.durationSeconds,
  trials: args.trials,
})

async function run(args: TBenchArgs): Promise<TBenchReport> {
  const report = await runOneServer(args)
  // After the single server has stopped, so the instances have the machine to themselves.
  console.log('measuring: scale-out (1 vs 2 app instances behind nginx, one Redis)')
  return { ...report, scaleOut: await measureScaleOut(scaleOutOptions(args)) }
}

async function runOneServer(args: TBenchArgs): Promise<Omit<TBenchReport, 'scaleOut'>> {
  prepareServerRun()
  const loadAverage1m = os.loadavg()[0] ?? 0
  await ensureDataset(args.database, args.articles)
  console.log('measuring: search (a mix of 1–4 word queries, in-process on the dataset)')
  const search = await measureSearchLatency(args.database)
  console.log('measuring: 热门 counting (1,000 beacons a second, in-process on the dataset)')
  const hotViews = await measureHotViews(args.database, args.durationSeconds)
  console.log('measuring: 自选资讯 (GET /api/watchlists/news handler, in-process on the dataset)')
  const watchlistNews = await measureWatchlistNews(args.database)
  console.log('measuring: coin page reads (popular and rare coin, in-process on the dataset)')
  const coinPage = await measureCoinPage(args.database)
  await buildOrReuse(args)

  // The app is told where the edge is before nginx starts (nginx needs the app's address): its
  // public origin is nginx's, as in production, so that the Host the app's edge refreshes carry
  // (SITE_URL's) is the one the micro-cache's readers send; EDGE_REFRESH_URL is the refresh
  // listener. The ports are picked now and handed to startNginx.
  const edgePort = await freePort()
  let refreshPort = await freePort()
  while (refreshPort === edgePort) refreshPort = await freePort()
  const siteUrl = `http://127.0.0.1:${edgePort}`
  const processes = args.processes ?? os.availableParallelism()
  const startedAt = performance.now()
  const app = await startNextProductionServer({
    env: {
      WEB_CONCURRENCY: String(processes),
      DATABASE_URI: `file:${path.resolve(args.database)}`,
      SEED_ON_EMPTY: 'false',
      SITE_URL: siteUrl,
      EDGE_REFRESH_URL: `http://127.0.0.1:${refreshPort}`,
      // wrk is one client address standing in for many readers: the content API's per-client
      // limit for calls without a key would measure the limit, not the API.
      CONTENT_API_ANONYMOUS_PER_MINUTE: '1000000',
    },
    readyPath: '/',
    pollIntervalMs: 25,
    readyTimeoutMs: 300_000,
  })
  const coldStartToFirstByteMs = Math.round(performance.now() - startedAt)
  console.log(`app: ${app.baseUrl}, first byte of / after ${coldStartToFirstByteMs} ms`)
  const stops: (() => Promise<void>)[] = [app.stop]
  try {
    await waitForServerProcesses(app, processes)
    const newest = (await (await fetch(`${app.baseUrl}/api/articles?limit=1&depth=0`)).json()) as {
      docs: { slug: string }[]
    }
    const articlePath = `/articles/${newest.docs[0]!.slug}`
    const articleHtml = await (await fetch(`${app.baseUrl}${articlePath}`)).text()

    const nginx = await startNginx({
      upstream: app.baseUrl.replace('http://', ''),
      listenPort: edgePort,
      refreshPort,
    })
    stops.unshift(nginx.stop)
    console.log(`edge: ${nginx.baseUrl} (the app refreshes pages through ${nginx.refreshUrl})`)
    const reference = await serveStaticCopy(articleHtml)
    stops.unshift(reference.stop)
    const session = await openEditorSession(app.baseUrl, newest.docs[0]!.slug)

    const load = (url: string, headers?: Record<string, string>, connections = args.connections) =>
      runLoad({ url, connections, durationSeconds: args.durationSeconds, headers })
    // The zh-TW feed: the same cached rate as zh-CN's, though its texts are converted by OpenCC.
    const targets = [
      '/',
      '/zh-tw',
      '/tag/defi',
      articlePath,
      '/api/articles?limit=20',
      CONTENT_API_LIST,
    ]
    // Everything rendered and cached once before it is measured.
    for (const target of targets)
      for (const base of [app.baseUrl, nginx.baseUrl, app.baseUrl]) await fetch(`${base}${target}`)

    console.log('measuring: static reference')
    const referenceResult = await load(reference.url)
    const rows: TLoadRow[] = []
    for (const target of targets) {
      const name =
        target === articlePath ? 'article page' : target === CONTENT_API_LIST ? 'API list' : target
      // JSON from the API has no 'next alone' row: without the page cache, anonymous calls to
      // /api/v1 meet its rate limit; the keyed row (measureContentApi) runs the route instead.
      const isPage = !target.startsWith('/api/')
      const routes: [TLoadRow['via'], string, Record<string, string>?][] = [['origin', app.baseUrl]]
      // The server's page cache skips requests that say no-cache: Next's own cache alone.
      if (isPage) routes.push(['next alone', app.baseUrl, { 'cache-control': 'no-cache' }])
      routes.push(['micro-cache', nginx.baseUrl])
      for (const [via, base, headers] of routes) {
        console.log(`measuring: ${name} via ${via}`)
        // Warmed right before: nginx drops copies unread for 10 s (`inactive`), and the 32
        // connections of a cold start would all wait on the cache lock, which nginx re-checks
        // only every 500 ms. That once-per-cold-URL wait is real but is not the steady state.
        // wrk sends no Accept-Encoding, and copies are kept per encoding (gzip or none).
        await fetch(`${base}${target}`, { headers: { ...headers, 'accept-encoding': 'identity' } })
        rows.push({ name, via, result: await load(`${base}${target}`, headers) })
      }
    }
    rows.push(
      ...(await measureContentApi({ origin: app.baseUrl, siteUrl, edgeBase: nginx.baseUrl, load })),
    )
    console.log('measuring: the admin articles list (editor, Chromium, through nginx)')
    const adminList = await measureAdminList({
      origin: nginx.baseUrl,
      editorCookie: session.cookie,
    })
    console.log('measuring: uncached feed (draft mode: rendered on every request, no data cache)')
    const uncachedHeaders = { cookie: session.draftModeCookie }
    // A warm-up run first, not reported: V8 optimises the render path over each process's first
    // few hundred renders, and the one-connection run alone would warm only the one process it
    // reaches. This measures the steady state; cold start is reported on its own.
    await load(`${app.baseUrl}/`, uncachedHeaders)
    const uncachedFeed = {
      oneConnection: await load(`${app.baseUrl}/`, uncachedHeaders, 1),
      manyConnections: await load(`${app.baseUrl}/`, uncachedHeaders),
    }
    console.log('measuring: publish-to-visible')
    const publish = (readBase: string) =>
      measurePublishToVisible({
        origin: app.baseUrl,
        siteUrl,
        readBase,
        editorCookie: session.cookie,
        trials: args.trials,
      })
    const publishToVisible = {
      origin: await publish(app.baseUrl),
      microCache: await publish(nginx.baseUrl),
    }
    console.log(
      'measuring: 快讯 live notice (GET /flash-items polled, flashes published meanwhile)',
    )
    const flashPolling = await measureFlashPolling({
      origin: app.baseUrl,
      edgeBase: nginx.baseUrl,
      siteUrl,
      editorCookie: session.cookie,
      appPid: app.pid,
      connections: args.connections,
      durationSeconds: args.durationSeconds,
      trials: args.trials,
    })
    // lib/edge logs each refresh that failed; without refreshes the micro-cache row measures the TTL.
    const refreshFailures = app.logs().match(/edge refresh .*(failed|skipped)/g) ?? []
    if (refreshFailures.length > 0)
      console.warn(`⚠ ${refreshFailures.length} edge refreshes failed, e.g. ${refreshFailures[0]}`)

    return {
      date: new Date().toISOString(),
      machine: describeMachine(loadAverage1m),
      settings: {
        articles: args.articles,
        durationSeconds: args.durationSeconds,
        connections: args.connections,
        trials: args.trials,
        processes,
      },
      coldStartToFirstByteMs,
      peakRssMiB: await peakRssMiB(app.pid),
      pageBytes: Buffer.byteLength(articleHtml),
      reference: referenceResult,
      load: rows,
      uncachedFeed,
      publishToVisible,
      flashPolling,
      search,
      hotViews,
      watchlistNews,
      coinPage,
      adminList,
    }
  } finally {
    for (const stop of stops) await stop()
  }
}

/** `--only <scenario>`: the dataset, then that scenario alone. */
const ONLY: Record<TOnlyScenario, (args: TBenchArgs) => Promise<[unknown, string[]]>> = {
  'hot-views': async (args) => {
    const report = await measureHotViews(args.database, args.durationSeconds)
    return [report, hotViewsLines(report)]
  },
  'watchlist-news': async (args) => {
    const report = await measureWatchlistNews(args.database)
    return [report, watchlistNewsLines(report)]
  },
  'coin-page': async (args) => {
    const report = await measureCoinPage(args.database)
    return [report, coinPageLines(report)]
  },
  'scale-out': async (args) => {
    prepareServerRun()
    const loadAverage1m = os.loadavg()[0] ?? 0
    await buildOrReuse(args)
    const report = await measureScaleOut(scaleOutOptions(args))
    const machine = describeMachine(loadAverage1m)
    const header = `${machine.cpus} cores, load ${machine.loadAverage1m.toFixed(2)} at start, node ${machine.node}, ${args.articles} articles`
    return [{ machine, articles: args.articles, ...report }, [header, ...scaleOutLines(report)]]
  },
}

async function runOnly(args: TBenchArgs, only: TOnlyScenario): Promise<void> {
  await ensureDataset(args.database, args.articles)
  const [report, lines] = await ONLY[only](args)
  console.log(`\n${lines.join('\n')}`)
  console.log(JSON.stringify(report))
}

try {
  if (args.only) {
    await runOnly(args, args.only)
    process.exit(0)
  }
  const report = await run(args)
  console.log(`\n${formatReport(report)}`)
  await mkdir('bench/results', { recursive: true })
  const file = path.join('bench/results', `bench-${report.date.replace(/[:.]/g, '-')}.json`)
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwritten: ${file}`)
} catch (error) {
  console.error(`✖ bench: ${(error as Error).message}`)
  process.exit(1)
}
