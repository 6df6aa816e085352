/**
 * 快讯 reads at scale on SQLite: the timeline reads each flash's texts from `flashes_locales`
 * inside a correlated subquery, which the read-plan check (scripts/plans) does not look into.
 * Without the pinned planner statistics (migration flash_read_statistics) that lookup searched the
 * whole table once per flash: 1.6 s a page at 100,000 flashes. This checks its plan directly.
 */
import type { Payload } from 'payload'

import { explainAll, recordStatements } from '@/lib/db/sqlitePlans'
import { withoutPlannerStatistics } from '@/lib/db/sqliteIndexes'
import { findFlashPage } from '@/lib/queries/findFlashes'
import { makeFlash } from '@/tests/helpers/fixtures'
import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'

const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe

let context: TTestPayload
let payload: Payload

/** The plan lines of the timeline's statements that read flashes_locales. */
async function localesPlan(): Promise<string[]> {
  const recorder = recordStatements(payload)
  try {
    await findFlashPage({ payload, locale: 'zh-TW' })
  } finally {
    recorder.stop()
  }
  const plans = await explainAll(payload, recorder.statements)
  // Drizzle names the joined table `flashes__locales`.
  return plans
    .flat()
    .map((row) => row.detail)
    .filter((detail) => /flashes__?locales/.test(detail))
}

describeOnSqlite('快讯 timeline plans (SQLite)', () => {
  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
    for (let i = 0; i < 3; i++) await makeFlash(payload)
  })
  afterAll(async () => context?.cleanup())

  test('each flash’s texts are found through the locales index, not by reading the table', async () => {
    const plan = await localesPlan()
    expect(plan.length).toBeGreaterThan(0)
    for (const detail of plan) expect(detail).toMatch(/^SEARCH .*USING (COVERING )?INDEX/)
  })

  test('without the pinned statistics the same lookup reads the whole table', async () => {
    await withoutPlannerStatistics(payload, async () => {
      const plan = await localesPlan()
      expect(plan.some((detail) => /^SCAN /.test(detail))).toBe(true)
    })
  })
})
