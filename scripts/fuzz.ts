/**
 * `npm run fuzz`: thousands of generated bad requests against every route of the production
 * server, expecting no 5xx, no crash and an unchanged database (see scripts/fuzz/args.ts).
 */
import { writeFile } from 'node:fs/promises'

import { FUZZ_USAGE, parseFuzzArgs } from './fuzz/args'
import { formatReport, isClean } from './fuzz/report'
import { runFuzz } from './fuzz/run'
import { flagsOrExit } from './lib/parseFlags'
import { hasProductionBuild } from './lib/productionServer'

const args = flagsOrExit(parseFuzzArgs(process.argv.slice(2)), {
  help: FUZZ_USAGE,
  afterError: ' (usage: npm run fuzz -- --help)',
})

if (!args.baseUrl && !hasProductionBuild()) {
  console.error('✖ no production build: run npm run build first (or pass --base-url)')
  process.exit(1)
}

console.log(`fuzz: seed ${args.seed}, ${args.only === undefined ? args.count : 1} requests…`)
const report = await runFuzz({
  ...args,
  onProgress: (done) => console.log(`  ${done} sent`),
})
console.log(formatReport(report))
if (args.report) await writeFile(args.report, `${JSON.stringify(report, null, 2)}\n`)
process.exit(isClean(report) ? 0 : 1)
