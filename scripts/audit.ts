/**
 * `npm run audit`: Lighthouse (mobile and desktop presets) on the feed and one article page of the
 * production build, served by the production server (dist/server.cjs) on a fresh temporary SQLite database
 * seeded with the demo content.
 * Prints the median scores per page and the audits that cost points below 95, and writes a JSON
 * summary to bench/results/. See `npm run audit -- --help`.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { flagsOrExit } from './lib/parseFlags'
import { AUDIT_USAGE, parseAuditArgs } from './lib/auditArgs'
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium'
import { retryingTraceFailures } from './lib/lighthouseRetry'
import { failingReport, scoreTable, scoresBelow, type TAuditRow } from './lib/auditReport'
import {
  CATEGORIES,
  failingAudits,
  median,
  medianRunIndex,
  medianScores,
  metricsLine,
  PRESET_VIEWPORTS,
  runLighthouse,
  scoresOf,
} from './lib/lighthouse'
import type { Result } from 'lighthouse'
import { nextDistDir } from '@/lib/env'
import {
  hasProductionBuild,
  runNextBuild,
  startNextProductionServer,
  type TProductionServer,
} from './lib/productionServer'

/** The longest demo article: a cover, an in-body image, an h2 outline and a table. */
const DEFAULT_ARTICLE_KEY = 'p2-blob-fee-l2-cost-review'
const RESULTS_DIR = path.join('bench', 'results')
/** A closed network: Next's build and server send no usage reports (as in .ci/run). */
const NO_TELEMETRY = { NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' }

const fail = (message: string): never => {
  console.error(`✖ ${message}`)
  process.exit(1)
}

const args = flagsOrExit(parseAuditArgs(process.argv.slice(2)), {
  help: AUDIT_USAGE,
  afterError: ' (usage: npm run audit -- --help)',
})

const chromePath = chromiumPath()
if (!existsSync(chromePath))
  fail(`no Chromium at ${chromePath}: apt-get install -y chromium, or set CHROMIUM_PATH`)

async function build(): Promise<void> {
  console.log(`building the production build into ${nextDistDir()} (next build) …`)
  const code = await runNextBuild()
  if (code !== 0) fail(`next build failed (exit code ${code}); see its output above`)
}

const distDir = nextDistDir()
if (args.build === 'never' && !hasProductionBuild(distDir))
  fail(
    `no production build in ${distDir} (no BUILD_ID): run ` +
      `${distDir === '.next' ? '' : `NEXT_DIST_DIR=${distDir} `}npm run build, or drop --no-build`,
  )
if (args.build === 'always' || (args.build === 'missing' && !hasProductionBuild(distDir)))
  await build()
else console.log(`using the production build in ${distDir} (--build to rebuild)`)

let server: TProductionServer | undefined
process.once('SIGINT', () => {
  void (server?.stop() ?? Promise.resolve()).then(() => process.exit(130))
})

console.log('starting the production server on a fresh SQLite database with the demo content …')
try {
  server = await startNextProductionServer({
    port: args.port,
    tempPrefix: 'newsroom-audit-',
    env: { PAYLOAD_SECRET: 'audit-secret-0123456789abcdef', ...NO_TELEMETRY },
  })
} catch (error) {
  const lines = (error as Error).message.trimEnd().split('\n')
  console.error(lines.slice(-40).join('\n'))
  fail(`the production server did not start: ${lines[0] ?? 'unknown error'}`)
}
const { baseUrl } = server as TProductionServer

type TPageResult = TAuditRow & {
  lighthouseVersion: string
  userAgent: string
  benchmarkIndex: number | null
  /** The full report of the median run, saved beside the summary for a closer look. */
  lhr: Result
}

async function auditAll(): Promise<TPageResult[]> {
  const articleSlug =
    args.article ??
    (await import('@/lib/seed/seedDemoContent')).demoArticleSlug({ key: DEFAULT_ARTICLE_KEY })
  const pages = [
    { name: 'feed', path: '/' },
    { name: 'article', path: `/articles/${articleSlug}` },
  ]
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page.path}`)
    if (response.status !== 200)
      throw new Error(`${page.path} answered ${response.status}, not 200: nothing to audit`)
  }

  // Pages are rendered on their first request and images resized on theirs; a deployment serves
  // both from its cache, so each page is loaded once at each preset's viewport before measuring.
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: CHROMIUM_FLAGS,
  })
  try {
    for (const preset of args.presets) {
      const { width, height, scale } = PRESET_VIEWPORTS[preset]
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: scale,
      })
      const tab = await context.newPage()
      for (const page of pages) await tab.goto(`${baseUrl}${page.path}`, { waitUntil: 'load' })
      await context.close()
    }
  } finally {
    await browser.close()
  }

  const results: TPageResult[] = []
  for (const preset of args.presets)
    for (const page of pages) results.push(await auditPage({ ...page, preset }))
  return results
}

async function auditPage(page: Pick<TAuditRow, 'name' | 'path' | 'preset'>): Promise<TPageResult> {
  const lhrs = []
  for (let run = 1; run <= args.runs; run++) {
    const lhr = await retryingTraceFailures(
      () => runLighthouse({ url: `${baseUrl}${page.path}`, chromePath, preset: page.preset }),
      {
        onRetry: (error, attempt) =>
          console.log(
            `${page.name} ${page.preset} run ${run}: ${error.message}; again (${attempt + 1})`,
          ),
      },
    )
    const scores = scoresOf(lhr)
    console.log(
      `${page.name} ${page.preset} run ${run}/${args.runs}: ` +
        CATEGORIES.map((category) => `${category} ${scores[category] ?? '—'}`).join(', '),
    )
    lhrs.push(lhr)
  }
  const runs = lhrs.map(scoresOf)
  const scores = medianScores(runs)
  const representative = lhrs[medianRunIndex(runs)] ?? lhrs[0]
  if (!representative) throw new Error('no Lighthouse run')
  // Every category short of 100 is explained in the JSON; the console shows those below 95.
  const short = CATEGORIES.filter((category) => (scores[category] ?? 0) < 100)
  return {
    ...page,
    scores,
    runs,
    metrics: metricsLine(representative),
    failing: failingAudits(representative, short),
    lhr: representative,
    lighthouseVersion: representative.lighthouseVersion,
    userAgent: representative.environment.hostUserAgent,
    benchmarkIndex: median(lhrs.map((lhr) => lhr.environment.benchmarkIndex)),
  }
}

let results: TPageResult[]
try {
  results = await auditAll()
} catch (error) {
  await server?.stop()
  fail(`audit failed: ${(error as Error).message}`)
}
await server?.stop()
results = results!

const runsNote =
  args.runs > 1 ? `median of ${args.runs} runs (performance: the median, then each run)` : 'one run'
console.log(`\n${scoreTable(results)}`)
console.log(
  `${args.presets.join(' and ')} preset${args.presets.length > 1 ? 's' : ''}, ${runsNote}; ` +
    `${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}`,
)
console.log(`\n${failingReport(results)}`)

const date = new Date()
await mkdir(RESULTS_DIR, { recursive: true })
const stem = path.join(RESULTS_DIR, `lighthouse-${date.toISOString().replace(/[:.]/g, '-')}`)
const file = `${stem}.json`
for (const result of results)
  await writeFile(`${stem}-${result.name}-${result.preset}.lhr.json`, JSON.stringify(result.lhr))
const first = results[0]
await writeFile(
  file,
  `${JSON.stringify(
    {
      date: date.toISOString(),
      presets: args.presets,
      runsPerPage: args.runs,
      lighthouse: first?.lighthouseVersion,
      userAgent: first?.userAgent,
      machine: { cores: os.cpus().length, loadAverage: os.loadavg() },
      pages: results.map(({ lighthouseVersion: _v, userAgent: _u, lhr: _l, ...page }) => page),
    },
    null,
    2,
  )}\n`,
)
console.log(`\nsummary written to ${file} (the median runs' full reports beside it, *.lhr.json)`)

if (args.minScore !== undefined) {
  const low = scoresBelow(results, args.minScore)
  if (low.length > 0) fail(`below --min-score ${args.minScore}: ${low.join(', ')}`)
}
process.exit(0)
