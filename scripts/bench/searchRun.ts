/**
 * The search scenario's own process (scripts/bench/searchLatency.ts): every query of the mix once
 * to warm up, then each query's first page and, where there is one, its second page, timed one
 * after another. Prints the report as JSON on the last line.
 */
import { loadPayload } from '@/scripts/lib/loadPayload'
import { percentiles, type TSearchLatencyReport } from './searchLatency'
import { searchQueryMix } from './searchQueries'

const QUERIES = 400

const payload = await loadPayload()
const { searchSite, ZSearchCursor } = await import('@/lib/search/siteSearch')

const queries = searchQueryMix(QUERIES)
const run = (q: string, cursor: string | null = null) =>
  searchSite(payload, {
    q,
    locale: 'zh-CN',
    tab: 'articles',
    cursor: cursor ? ZSearchCursor.parse(cursor) : null,
  })

for (const q of queries.slice(0, 40)) await run(q)

const byWords = new Map<number, number[]>()
const all: number[] = []
const secondPages: number[] = []
for (const q of queries) {
  const started = performance.now()
  const first = await run(q)
  const elapsed = performance.now() - started
  all.push(elapsed)
  const words = q.split(' ').length
  byWords.set(words, [...(byWords.get(words) ?? []), elapsed])
  if (first.ok && first.next) {
    const again = performance.now()
    await run(q, first.next)
    secondPages.push(performance.now() - again)
  }
}

const indexRows = (await payload.count({ collection: 'search-documents', overrideAccess: true }))
  .totalDocs
const report: TSearchLatencyReport = {
  indexRows,
  rows: [
    percentiles('all first pages', all),
    ...[...byWords.entries()]
      .sort(([a], [b]) => a - b)
      .map(([words, samples]) => percentiles(`${words} word(s)`, samples)),
    percentiles('second pages', secondPages),
  ],
}
await payload.destroy()
console.log(JSON.stringify(report))
process.exit(0)
