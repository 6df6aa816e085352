/**
 * `npm run search:reindex`: rebuilds the search index (lib/search) from every published article
 * and 快讯, for a database written around the hooks (a restore, a bulk import) or after a change to
 * how text is tokenized. Readers keep being served; searches see a partial index until it ends.
 */
import { loadPayload } from './lib/loadPayload'

const USAGE = `Usage: npm run search:reindex
Rebuilds the search index from every published article and 快讯 (SQLite: the FTS5 table follows).`

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
if (argv.length > 0) {
  console.error(`✖ unknown argument ${argv[0]}\n${USAGE}`)
  process.exit(2)
}

process.env.SEED_ON_EMPTY = 'false'
const payload = await loadPayload()
const { rebuildSearchIndex } = await import('@/lib/search/rebuild')
const started = performance.now()
try {
  const counts = await rebuildSearchIndex(payload)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `search index rebuilt: ${counts.article} articles, ${counts.flash} 快讯, ${counts.rows} rows, ${seconds.toFixed(1)} s`,
  )
} catch (error) {
  console.error(`✖ ${String((error as Error).message ?? error).slice(0, 500)}`)
  await payload.destroy()
  process.exit(1)
}
await payload.destroy()
process.exit(0)
