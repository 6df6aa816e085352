/**
 * One fuzz run: the server (started here, or given), what the site holds, a reader signed in, the
 * database's fingerprint, then `count` requests, then the checks. Used by `npm run fuzz` and by
 * the end-to-end test.
 */
import { startNextProductionServer } from '@/scripts/lib/productionServer'

import { changedTables, fingerprintSqlite, type TDatabaseFingerprint } from './fingerprint'
import { findingOf, statusClass, type TFuzzReport, type TStatusClass } from './report'
import { fuzzRequest, type TFuzzRequest } from './requests'
import { ROUTES } from './routes'
import { createSender, forEachIndex } from './send'
import { checkHealth, isAlive, scanLog } from './serverCheck'
import { discoverSite, signInFreshReader } from './site'

export type TFuzzOptions = {
  seed: number
  count: number
  concurrency: number
  /** A server already running; without it the production build is started here. */
  baseUrl?: string
  /** That server's SQLite file. */
  database?: string
  /** Sends only the request with this number (to replay a finding). */
  only?: number
  /** Told of progress every 1,000 requests. */
  onProgress?: (done: number) => void
}

type TTarget = {
  baseUrl: string
  database: string | null
  pid: number | null
  logs: () => string
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The production server on a fresh seeded database, as a new install. X-Forwarded-For is trusted
 * from loopback so each fuzz request can speak for a client of its own: the rate limits would
 * otherwise answer most requests with 429 before they reach the routes. Market data is refreshed
 * once after start-up (waited for) and not again during the run, so the database changes only if
 * a request changes it.
 */
async function startTarget(): Promise<TTarget> {
  const server = await startNextProductionServer({
    tempPrefix: 'newsroom-fuzz-',
    env: {
      PAYLOAD_SECRET: 'fuzz-secret-0123456789abcdef',
      TRUSTED_PROXIES: 'loopback',
      MARKET_REFRESH_SECONDS: '86400',
      SEED_DEMO_ACCOUNTS: 'false',
    },
  })
  await waitForFirstMarketRefresh(server.logs)
  return { ...server, database: server.databaseFile }
}

/**
 * The server refreshes market data a few seconds after it starts (lib/market/scheduler.ts),
 * writing the coins and its lease: the fingerprint is taken after that, or the run would see the
 * refresh as a change. A fresh database always has figures to write, so the refresh logs a line.
 */
async function waitForFirstMarketRefresh(logs: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (!/market refresh: /.test(logs())) {
    if (Date.now() > deadline) throw new Error(`no market refresh after start-up:\n${logs()}`)
    await sleep(250)
  }
}

/**
 * The database once background work after start-up (the first market refresh, a few seconds
 * in) is over: two fingerprints two seconds apart that agree.
 */
async function settledFingerprint(file: string): Promise<TDatabaseFingerprint> {
  let previous = await fingerprintSqlite(file)
  for (let attempt = 0; attempt < 15; attempt++) {
    await sleep(2_000)
    const current = await fingerprintSqlite(file)
    if (changedTables(previous, current).length === 0) return current
    previous = current
  }
  throw new Error('the database kept changing before the run started')
}

/**
 * The reader's cookie joins any cookie the request already carries. Payload honours a login
 * cookie only from the site's own pages, so the request says it comes from there, unless it
 * names another origin on purpose.
 */
const withReader = (
  request: TFuzzRequest,
  reader: { cookie: string; origin: string },
): Record<string, string> => {
  if (!request.asReader) return {}
  const { cookie, origin } = request.headers
  return {
    cookie: cookie ? `${cookie}; ${reader.cookie}` : reader.cookie,
    origin: origin ?? reader.origin,
  }
}

export async function runFuzz(options: TFuzzOptions): Promise<TFuzzReport> {
  const target: TTarget = options.baseUrl
    ? {
        baseUrl: options.baseUrl,
        database: options.database ?? null,
        pid: null,
        logs: () => '',
        stop: async () => {},
      }
    : await startTarget()
  try {
    const site = await discoverSite(target.baseUrl)
    const reader = {
      cookie: await signInFreshReader(target.baseUrl, options.seed),
      origin: site.origin,
    }
    const before = target.database ? await settledFingerprint(target.database) : null
    const logStart = target.logs().length

    const count = options.only === undefined ? options.count : 1
    const report: TFuzzReport = {
      seed: options.seed,
      count,
      durationSeconds: 0,
      byClass: { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 },
      byStatus: {},
      byFamily: {},
      routes: ROUTES.length,
      findings: [],
      database: { checked: Boolean(before), changedTables: [] },
      server: { alive: null, healthy: false, healthDetail: '', crashLines: [], errorLines: [] },
    }
    const sender = createSender(target.baseUrl, options.concurrency)
    const started = performance.now()
    await forEachIndex(count, options.concurrency, async (position) => {
      const request = fuzzRequest(options.seed, options.only ?? position, site)
      const answer = await sender.send(request, withReader(request, reader))
      const kind: TStatusClass = statusClass(answer.status)
      report.byClass[kind] += 1
      const status = String(answer.status ?? 'none')
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1
      const family = (report.byFamily[request.family] ??= {})
      family[kind] = (family[kind] ?? 0) + 1
      if (kind === '5xx' || kind === 'no answer') {
        report.findings.push(findingOf(request, answer, options.seed))
      }
      if ((position + 1) % 1000 === 0) options.onProgress?.(position + 1)
    })
    report.durationSeconds = Math.round((performance.now() - started) / 100) / 10
    sender.close()
    report.findings.sort((a, b) => a.index - b.index)

    // Writes that a request started may finish just after its answer.
    await sleep(1_000)
    if (before && target.database) {
      report.database.changedTables = changedTables(
        before,
        await fingerprintSqlite(target.database),
      )
    }
    report.server = {
      alive: target.pid === null ? null : isAlive(target.pid),
      ...(await checkHealth(target.baseUrl)),
      ...scanLog(target.logs(), logStart),
    }
    return report
  } finally {
    await target.stop()
  }
}
