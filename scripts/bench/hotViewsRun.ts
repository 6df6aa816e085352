/**
 * The hot-views scenario's own process (scripts/bench/hotViews.ts). First the idle process's CPU
 * for a few seconds, then 5 s of beacons to warm up, then `seconds` of the loop alone (requests
 * built, not counted), then `seconds` of 1,000 beacons a second (10 every 10 ms) from a pool of
 * client addresses to ids drawn from the dataset's articles (`mix`), then a last flush. Prints
 * the report as JSON on the last line.
 */
import { loadPayload } from '@/scripts/lib/loadPayload'
import {
  HOT_VIEWS_ARTICLES,
  HOT_VIEWS_MIXES,
  HOT_VIEWS_RATE,
  type THotViewsMix,
  type THotViewsRun,
} from './hotViews'

const seconds = Number(process.argv[2] ?? 10)
const mix = (process.argv[3] ?? 'uniform') as THotViewsMix
if (!HOT_VIEWS_MIXES.includes(mix)) throw new Error(`unknown mix ${mix}`)
const NEWEST = 1000
const IDLE_MS = 3000
const TICK_MS = 10
const CLIENTS = 200_000
const WARM_UP_SECONDS = 5

const payload = await loadPayload()
const { countBeacon } = await import('@/endpoints/articleViews/recordView')
const { VIEW_COUNTING } = await import('@/lib/hot/processCounter')
const { ViewCounter } = await import('@/lib/hot/viewCounter')
const { addArticleViews } = await import('@/lib/db/articleViews')
const { spendPoint } = await import('@/lib/rateLimit/spend')
const { CLIENT_ADDRESS_HEADER } = await import('@/lib/rateLimit/clientAddress')

const { docs } = await payload.find({
  collection: 'articles',
  select: {},
  depth: 0,
  limit: HOT_VIEWS_ARTICLES,
  sort: '-publishedAt',
  pagination: false,
  overrideAccess: true,
})
const ids = docs.map((doc) => String(doc.id))
if (ids.length === 0) throw new Error('the dataset has no articles')

let flushes = 0
// The counter the endpoint uses, with its settings, writing through the same function.
const counter = new ViewCounter({
  ...VIEW_COUNTING,
  write: async (rows) => {
    flushes += 1
    await addArticleViews(payload, rows)
  },
  onError: (error) => console.error(error),
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const cpuMicros = () => {
  const usage = process.cpuUsage()
  return usage.user + usage.system
}
const percentOf = (micros: number, ms: number) => Number(((micros / (ms * 1000)) * 100).toFixed(2))

// Reading the ids left garbage whose collection would otherwise land in the measured seconds.
globalThis.gc?.()
await sleep(500)
const idleStart = cpuMicros()
await sleep(IDLE_MS)
const idlePercent = percentOf(cpuMicros() - idleStart, IDLE_MS)

const agent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
let beacons = 0
let counted = 0
const random = (n: number) => Math.floor(Math.random() * n)

/** `dry`: the request is built and dropped, to measure the loop itself. */
async function beacon(dry: boolean): Promise<void> {
  const client = `10.${random(256)}.${random(256)}.${random(CLIENTS / 65_536 + 1)}`
  const headers = new Headers({ 'user-agent': agent, [CLIENT_ADDRESS_HEADER]: client })
  const newest = mix === 'newest-heavy' && Math.random() < 0.8
  const text = JSON.stringify({
    article: ids[random(newest ? Math.min(NEWEST, ids.length) : ids.length)],
  })
  if (dry) return
  beacons += 1
  const spent = await spendPoint('articleViews', client)
  if (!spent.allowed) return
  const outcome = await countBeacon(counter, headers, {
    ok: true,
    value: JSON.parse(text) as unknown,
  })
  if (outcome.ok && outcome.answer.counted) counted += 1
}

const perTick = (HOT_VIEWS_RATE * TICK_MS) / 1000
async function sendFor(runSeconds: number, dry = false): Promise<void> {
  const startedAt = performance.now()
  for (let tick = 0; tick < (runSeconds * 1000) / TICK_MS; tick++) {
    const due = startedAt + tick * TICK_MS
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    for (let i = 0; i < perTick; i++) await beacon(dry)
  }
}

counter.start()
// A server counts for hours: the first seconds' compiling and cold database pages are left out.
await sendFor(WARM_UP_SECONDS)
await counter.flush()
beacons = 0
counted = 0
flushes = 0
const rowsBefore = (await payload.count({ collection: 'article-views', overrideAccess: true }))
  .totalDocs
// The loop building the same requests without counting them: subtracted, as the idle process is.
globalThis.gc?.()
const loopStart = cpuMicros()
const loopStartedAt = performance.now()
await sendFor(seconds, true)
const loopPercent = percentOf(cpuMicros() - loopStart, performance.now() - loopStartedAt)
globalThis.gc?.()
const runStart = cpuMicros()
const startedAt = performance.now()
await sendFor(seconds)
counter.stop()
await counter.flush()
const elapsedMs = performance.now() - startedAt
const runPercent = percentOf(cpuMicros() - runStart, elapsedMs)

const storedRows =
  (await payload.count({ collection: 'article-views', overrideAccess: true })).totalDocs -
  rowsBefore
const report: THotViewsRun = {
  mix,
  viewsPerSecond: Math.round(beacons / (elapsedMs / 1000)),
  seconds: Number((elapsedMs / 1000).toFixed(1)),
  beacons,
  counted,
  articleIds: ids.length,
  storedRows,
  flushes,
  cpuPercentOfOneCore: Number(Math.max(0, runPercent - loopPercent).toFixed(2)),
  loopCpuPercentOfOneCore: loopPercent,
  idleCpuPercentOfOneCore: idlePercent,
}
await payload.destroy()
console.log(JSON.stringify(report))
process.exit(0)
