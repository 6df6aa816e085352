/**
 * `npm run db:plans`: for each portal and admin read of the article tables (scripts/plans), the
 * SQL it sends, SQLite's plan for each statement and the read's median time over --runs calls.
 * DATABASE_URI defaults to the 100k bench database (npm run seed:large, see docs/performance.md).
 */
import { existsSync } from 'node:fs'
import { z } from 'zod'

import { loadPayload } from './lib/loadPayload'
import { flagsOrExit, parseFlags } from './lib/parseFlags'

const BENCH_DB = 'file:./bench/.data/newsroom-100k.db'
const USAGE = `Usage: npm run db:plans -- [--runs <n>] [--only <text>] [--sql]
Prints each read's statements with their EXPLAIN QUERY PLAN and the read's median time.
  --runs <n>     timed calls per read after one warm-up, 1..1000 (default 20)
  --only <text>  only the reads whose name contains this text, e.g. --only "tag feed"
  --sql          print each statement's full SQL (default: its first 160 characters)
DATABASE_URI selects the database (default ${BENCH_DB}); SQLite only. Starting Payload applies
pending migrations to it. Exit code 1: a read scans an article table or sorts a feed; 2: bad flags.`

const ZArgs = z.object({
  help: z.boolean().default(false),
  sql: z.boolean().default(false),
  only: z.string().min(1, '--only needs some text').optional(),
  runs: z
    .string()
    .regex(/^\d+$/, '--runs takes a whole number, e.g. --runs 20')
    .transform(Number)
    .pipe(z.number().int().min(1, '--runs must be at least 1').max(1000, '--runs: at most 1000'))
    .default(20),
})

const args = flagsOrExit(
  parseFlags(
    process.argv.slice(2),
    {
      help: { type: 'boolean', short: 'h' },
      sql: { type: 'boolean' },
      only: { type: 'string' },
      runs: { type: 'string' },
    },
    ZArgs,
  ),
  { help: USAGE, afterError: `\n${USAGE}` },
)

process.env.DATABASE_URI ??= BENCH_DB
process.env.SEED_ON_EMPTY = 'false'
const uri = process.env.DATABASE_URI
if (uri.startsWith('mongodb')) {
  console.error(
    '✖ db:plans explains SQLite plans; MongoDB indexes are declared in lib/db/mongoIndexes.ts',
  )
  process.exit(2)
}
if (!existsSync(uri.replace(/^file:(\/\/)?/, ''))) {
  console.error(`✖ no database at ${uri} (npm run seed:large -- --articles 100000 makes one)`)
  process.exit(2)
}

const payload = await loadPayload()
const { READS, explainRead, formatPlan, planFixture, timeRead } = await import('./plans/readPlans')

const fixture = await planFixture(payload)
const articles = await payload.count({ collection: 'articles', overrideAccess: true })
console.log(
  `${uri}: ${articles.totalDocs} articles; tag ${fixture.tagSlug}, cursors ${fixture.depth} deep, ` +
    `?page=${fixture.deepPage} (tag: ${fixture.deepTagPage}), ${args.runs} runs per read\n`,
)

const summary: { name: string; ms: number; findings: number; unused: boolean }[] = []
for (const read of READS.filter((r) => !args.only || r.name.includes(args.only))) {
  const explained = await explainRead(payload, read, fixture)
  const ms = await timeRead(payload, read, fixture, args.runs)
  summary.push({ name: read.name, ms, findings: explained.findings.length, unused: !!read.unused })
  console.log(
    `■ ${read.name}: median ${ms.toFixed(1)} ms, ${explained.statements.length} statements`,
  )
  if (read.unused) console.log(`  (not checked: ${read.unused})`)
  if (read.accepted)
    console.log(`  (accepted: ${read.accepted.findings.join(', ')}: ${read.accepted.why})`)
  for (const statement of explained.statements) {
    const sql = args.sql ? statement.sql : statement.sql.replace(/\s+/g, ' ').slice(0, 160)
    console.log(`  ${sql}${!args.sql && statement.sql.length > 160 ? '…' : ''}`)
    console.log(formatPlan(statement.plan).replace(/^/gm, '  '))
    for (const finding of statement.findings) console.log(`    ✖ ${finding}`)
  }
  console.log()
}

console.log('read'.padEnd(40), 'median ms'.padStart(10), '  problems')
for (const row of summary) {
  const problems = row.findings ? `${row.findings}${row.unused ? ' (not checked)' : ''}` : '—'
  console.log(row.name.padEnd(40), row.ms.toFixed(1).padStart(10), ` ${problems}`)
}
await payload.destroy()
process.exit(summary.some((row) => row.findings > 0 && !row.unused) ? 1 : 0)
