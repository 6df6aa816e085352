/**
 * A fixed-seed sample of `npm run fuzz` (scripts/fuzz): 1,000 generated bad requests over every
 * route of the production build (pages, REST, GraphQL, our endpoints, the login and register
 * forms), answered without a single 5xx, the server still up and healthy with no crash in its log,
 * and the database exactly as it was. The full run (10,000 and more) is `npm run fuzz`.
 */
import { formatReport } from '@/scripts/fuzz/report'
import { runFuzz } from '@/scripts/fuzz/run'

// Another seed or size for a local look: FUZZ_SEED=7 FUZZ_COUNT=3000.
const SEED = Number(process.env.FUZZ_SEED ?? 20261205)
const COUNT = Number(process.env.FUZZ_COUNT ?? 1000)

test('1,000 bad requests: no 5xx, no crash, the database unchanged', async () => {
  const report = await runFuzz({ seed: SEED, count: COUNT, concurrency: 8 })
  // The whole report on failure: every 5xx with the command that sends it again.
  const summary = formatReport(report)
  expect({ findings: report.findings, summary }).toEqual({ findings: [], summary })
  expect(report.database).toEqual({ checked: true, changedTables: [] })
  expect(report.server).toMatchObject({ alive: true, healthy: true, crashLines: [] })
  // The requests reached the routes: most are refused for what they carry, not lost.
  expect(report.byClass['4xx']).toBeGreaterThan(COUNT / 2)
  expect(report.byClass['2xx']).toBeGreaterThan(0)
}, 600_000)
