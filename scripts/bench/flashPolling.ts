import { FLASH_POLL_MS } from '@/lib/flash/liveContract'

import { rssMiBByProcess } from './processMemory'
import { treeCpuSeconds } from './processCpu'
import { summarize, type TLatencySummary } from './publishLatency'
import { runLoad, type TLoadResult } from './wrk'

/** A reader's mean time between polls: FLASH_POLL_MS plus half its second of jitter. */
export const MEAN_POLL_SECONDS = FLASH_POLL_MS / 1000 + 0.5

export type TFlashPollingReport = {
  /** GET /flash-items through nginx's micro-cache, as readers' browsers poll it. */
  microCache: TLoadResult
  /** The same through the app alone (its page cache). */
  origin: TLoadResult
  /** Readers with /flash open that the micro-cache rate serves: req/s × mean poll interval. */
  readersHeld: number
  /** CPU of the app's processes during the micro-cache run, in % of one core. */
  appCpuPercent: number
  /** Resident memory of the app's processes after the runs, in MiB. */
  appRssMiB: number
  /** A flash published while the micro-cache run goes on, until /flash-items lists it. */
  publishToNotice: TLatencySummary
}

type TOptions = {
  origin: string
  edgeBase: string
  siteUrl: string
  editorCookie: string
  appPid: number
  connections: number
  durationSeconds: number
  trials: number
}

const POLL_MS = 50

/**
 * The 快讯 live notice at scale: every open /flash polls one shared URL per edition and filter, so
 * what matters is the rate that URL is answered at through the caches, what that costs the app,
 * and how soon a flash published under that load reaches the answer the pollers get.
 */
export async function measureFlashPolling(options: TOptions): Promise<TFlashPollingReport> {
  const path = '/flash-items?locale=zh-CN'
  for (const base of [options.origin, options.edgeBase]) await fetch(`${base}${path}`)
  const origin = await runLoad({
    url: `${options.origin}${path}`,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
  })

  const cpuBefore = await treeCpuSeconds(options.appPid)
  const started = performance.now()
  const loadRun = runLoad({
    url: `${options.edgeBase}${path}`,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
  })
  const samples: number[] = []
  // Publishes while the load runs, spread over its first part.
  for (let trial = 0; trial < options.trials; trial++) {
    await new Promise((resolve) => setTimeout(resolve, 700))
    samples.push(await publishAndWait(options, trial))
  }
  const microCache = await loadRun
  const elapsedSeconds = (performance.now() - started) / 1000
  const appCpuPercent =
    (((await treeCpuSeconds(options.appPid)) - cpuBefore) / elapsedSeconds) * 100
  const rss = [...(await rssMiBByProcess(options.appPid)).values()].reduce((a, b) => a + b, 0)
  return {
    microCache,
    origin,
    readersHeld: Math.round(microCache.requestsPerSecond * MEAN_POLL_SECONDS),
    appCpuPercent: Math.round(appCpuPercent),
    appRssMiB: Math.round(rss),
    publishToNotice: summarize(samples),
  }
}

async function publishAndWait(options: TOptions, trial: number): Promise<number> {
  const api = (path: string, init: RequestInit) =>
    fetch(`${options.origin}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        cookie: options.editorCookie,
        origin: options.siteUrl,
      },
    })
  const text = `基准测试快讯 bench-flash-${Date.now()}-${trial}`
  const started = performance.now()
  const created = await api('/api/flashes', {
    method: 'POST',
    body: JSON.stringify({ text, _status: 'published' }),
  })
  if (created.status !== 201) throw new Error(`flash publish failed: ${created.status}`)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  try {
    for (;;) {
      if (performance.now() - started > 30_000) throw new Error(`"${text}" not listed after 30 s`)
      const answer = await fetch(`${options.edgeBase}/flash-items?locale=zh-CN`).catch(() => null)
      if (answer?.ok && (await answer.text()).includes(text)) break
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    return Math.round(performance.now() - started)
  } finally {
    await api(`/api/flashes/${doc.id}`, { method: 'DELETE' })
  }
}
