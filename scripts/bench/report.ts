import type { TMachine } from '@/scripts/lib/machine'
import { MEAN_POLL_SECONDS } from './flashPolling'
import type { TFlashPollingReport } from './flashPolling'
import type { TLatencySummary } from './publishLatency'
import { hotViewsLines, type THotViewsReport } from './hotViews'
import type { TSearchLatencyReport } from './searchLatency'
import { coinPageLines, type TCoinPageReport } from './coinPage'
import { watchlistNewsLines, type TWatchlistNewsReport } from './watchlistNews'
import type { TLoadResult } from './wrk'
import { adminListLines, type TAdminListReport } from './adminList'
import { scaleOutLines, type TScaleOutReport } from './scaleOut'

export type TLoadRow = {
  name: string
  /** origin: the production server (page cache included); next alone: its page cache skipped. */
  via: 'origin' | 'next alone' | 'micro-cache' | 'static'
  result: TLoadResult
}

export type TBenchReport = {
  date: string
  machine: TMachine
  settings: {
    articles: number
    durationSeconds: number
    connections: number
    trials: number
    /** Server processes (WEB_CONCURRENCY). */
    processes: number
  }
  coldStartToFirstByteMs: number
  peakRssMiB: number
  pageBytes: number
  reference: TLoadResult
  load: TLoadRow[]
  uncachedFeed: { oneConnection: TLoadResult; manyConnections: TLoadResult }
  publishToVisible: { origin: TLatencySummary; microCache: TLatencySummary }
  flashPolling: TFlashPollingReport
  search: TSearchLatencyReport
  hotViews: THotViewsReport
  watchlistNews: TWatchlistNewsReport
  coinPage: TCoinPageReport
  adminList: TAdminListReport
  scaleOut: TScaleOutReport
}

const pad = (text: string, width: number) => text.padEnd(width)
const num = (value: number, digits = 0) => value.toFixed(digits).padStart(9)

/** The table printed at the end of `npm run bench`. */
export function formatReport(report: TBenchReport): string {
  const reference = report.reference.requestsPerSecond
  const ratio = (result: TLoadResult) =>
    `${((result.requestsPerSecond / reference) * 100).toFixed(1)}%`.padStart(8)
  const line = (name: string, via: string, result: TLoadResult) =>
    `${pad(name, 26)}${pad(via, 13)}${num(result.requestsPerSecond)}${num(result.p50Ms, 1)}${num(result.p99Ms, 1)}${ratio(result)}${String(result.errors).padStart(8)}`
  const rows = [
    `${pad('url', 26)}${pad('via', 13)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'vs ref'.padStart(8)}${'errors'.padStart(8)}`,
    line('static article copy', 'nginx file', report.reference),
    ...report.load.map((row) => line(row.name, row.via, row.result)),
    line('/ uncached, 1 conn', 'origin', report.uncachedFeed.oneConnection),
    line(
      `/ uncached, ${report.settings.connections} conn`,
      'origin',
      report.uncachedFeed.manyConnections,
    ),
  ]
  const latency = (label: string, summary: TLatencySummary) =>
    `publish-to-visible ${pad(label, 12)} median ${summary.medianMs} ms, max ${summary.maxMs} ms (${summary.samplesMs.join(', ')})`
  return [
    `Newsroom bench ${report.date}: ${report.settings.articles} articles, ${report.settings.processes} server process(es), wrk ${report.settings.connections} connections × ${report.settings.durationSeconds} s, ${report.machine.cpus} cores, load ${report.machine.loadAverage1m.toFixed(2)} at start, node ${report.machine.node}`,
    `article page ${Math.round(report.pageBytes / 1024)} KB; "vs ref" = req/s as a share of nginx serving that page's HTML from disk`,
    '',
    ...rows,
    '',
    latency('origin', report.publishToVisible.origin),
    latency('micro-cache', report.publishToVisible.microCache),
    ...flashLines(report.flashPolling),
    ...searchLines(report.search),
    ...hotViewsLines(report.hotViews),
    ...watchlistNewsLines(report.watchlistNews),
    ...coinPageLines(report.coinPage),
    ...adminListLines(report.adminList),
    `cold start to first byte of /: ${report.coldStartToFirstByteMs} ms`,
    `peak RSS of the app (all its processes): ${report.peakRssMiB} MiB`,
    ...scaleOutLines(report.scaleOut),
  ].join('\n')
}

function flashLines(flash: TFlashPollingReport): string[] {
  const rate = (result: TLoadResult) =>
    `${Math.round(result.requestsPerSecond)} req/s (p99 ${result.p99Ms} ms, ${result.errors} errors)`
  const notice = flash.publishToNotice
  return [
    `快讯 polling GET /flash-items: micro-cache ${rate(flash.microCache)}, origin ${rate(flash.origin)}`,
    `  = ${flash.readersHeld} readers with /flash open (one poll per reader every ${MEAN_POLL_SECONDS} s); app CPU ${flash.appCpuPercent}% of a core, RSS ${flash.appRssMiB} MiB`,
    `  publish-to-notice under that load: median ${notice.medianMs} ms, max ${notice.maxMs} ms (${notice.samplesMs.join(', ')}) + the reader's poll interval`,
  ]
}

function searchLines(search: TSearchLatencyReport): string[] {
  return [
    `search (${search.indexRows} index rows, in-process): ` +
      search.rows
        .map((row) => `${row.label} p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms (${row.searches})`)
        .join('; '),
  ]
}
