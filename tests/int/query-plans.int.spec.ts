/**
 * Every portal read, its JSON endpoints' reads and the admin list of articles are answered from
 * indexes: the SQL each one sends is recorded and run through EXPLAIN QUERY PLAN (scripts/plans,
 * shared with `npm run db:plans`). A fresh migrated database carries the planner statistics the
 * scale_read_indexes migration pins, so SQLite plans these few hundred articles as it plans
 * 100,000; no plan here depends on how many rows the test wrote.
 *
 * It fails when an index is dropped (checked for each index on the article tables, one at a time,
 * statistics kept): without `articles_locales`' (_locale, _parent_id) index an edition's feed
 * builds a temporary index of every article's texts to join them;
 * without `articles__status_idx` "tag feed: ?page=N" scans `articles` to count. The admin list
 * sorted by or searching the (localized) title is Payload's LEFT JOIN, which no index can serve
 * (readPlans.ts: `accepted`).
 * Other single indexes have a stand-in (e.g. tag feeds probe `articles_rels_parent_idx` when
 * `articles_rels_tags_parent_idx` is gone). Without the pinned statistics SQLite falls back to
 * guesses that tie, and which reads then sort every match depends on the order the indexes were
 * created in (with this repository's migrations: the tag feed's first and numbered pages, 更多新闻
 * and tag RSS). The last describe block repeats the first two and the statistics case.
 */
import type { Payload } from 'payload'

import { startTestPayload, type TTestPayload } from '@/tests/helpers/payload'
import {
  explainRead,
  READS,
  planFixture,
  type TPlanFixture,
  type TRead,
} from '@/scripts/plans/readPlans'
import { recordStatements } from '@/lib/db/sqlitePlans'
import { plannerStatistics, withoutIndex, withoutPlannerStatistics } from '@/lib/db/sqliteIndexes'
import { findFeedPageByNumber, MAX_FEED_PAGE } from '@/lib/queries/findFeed'
import { seedLargeArticles } from '@/scripts/largeDataset/seedLarge'
import { seedDemoContent } from '@/lib/seed/seedDemoContent'

const onMongo = (process.env.DATABASE_URI ?? '').startsWith('mongodb')
const describeOnSqlite = onMongo ? describe.skip : describe

let context: TTestPayload
let payload: Payload
let fixture: TPlanFixture

const checked = READS.filter((read) => !read.unused).map((read) => [read.name, read] as const)
const readNamed = (name: string): TRead => {
  const read = READS.find((candidate) => candidate.name === name)
  if (!read) throw new Error(`no read named ${name}`)
  return read
}

/** The problems in one read's plans, with the start of the statement each was found in. */
async function problemsOf(read: TRead): Promise<string[]> {
  const { statements } = await explainRead(payload, read, fixture)
  expect(statements.length).toBeGreaterThan(0)
  return statements.flatMap((statement) =>
    statement.findings.map((finding) => `${finding} in: ${statement.sql.slice(0, 120)}`),
  )
}

/** Runs `check` without planner statistics (as before the migration), then restores them. */
async function withoutStatistics(check: () => Promise<void>): Promise<void> {
  const saved = await plannerStatistics(payload)
  expect(saved.some((row) => row.idx === 'articles_rels_tags_parent_idx')).toBe(true)
  await withoutPlannerStatistics(payload, check)
}

describeOnSqlite(
  'query plans (SQLite only: MongoDB has no EXPLAIN QUERY PLAN; its indexes are in lib/db/mongoIndexes.ts)',
  () => {
    beforeAll(async () => {
      context = await startTestPayload()
      payload = context.payload
      await seedDemoContent(payload, { accounts: false, log: () => {} })
      await seedLargeArticles(payload, { articles: 400 })
      fixture = await planFixture(payload, { depth: 100 })
    })
    afterAll(async () => context?.cleanup())

    test.each(checked)(
      '%s: no full scan of an article table, no sort of every match',
      async (_, read) => {
        expect(await problemsOf(read)).toEqual([])
      },
    )

    test('numbered pages past MAX_FEED_PAGE are empty without asking the database', async () => {
      const recorder = recordStatements(payload)
      try {
        const beyond = await findFeedPageByNumber({
          payload,
          locale: 'zh-CN',
          page: MAX_FEED_PAGE + 1,
        })
        expect(beyond.items).toEqual([])
      } finally {
        recorder.stop()
      }
      expect(recorder.statements).toEqual([])
    })

    // LIKE '%…%' cannot seek: a search with few matches walks every latest version. From the
    // indexes alone, that is a fraction of a second at 100,000 articles; reading each version's
    // row and its locale row (the body's) took seconds.
    test('the admin list search walks covering indexes, not the version and locale rows', async () => {
      const { statements } = await explainRead(payload, readNamed('admin list: search'), fixture)
      const page = statements.find((statement) => statement.sql.startsWith('select distinct'))
      expect(page?.plan.map((row) => row.detail)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('USING COVERING INDEX _articles_v_latest_updated_at_idx'),
          expect.stringContaining(
            'USING COVERING INDEX _articles_v_locales_locale_parent_title_idx',
          ),
        ]),
      )
    })

    describe('the check fails when what a read relies on is gone', () => {
      test.each([
        ['articles_locales_locale_parent_id_unique', 'feed: first page [en]'],
        ['articles_locales_locale_parent_id_unique', 'tag feed: cursor deep [zh-TW]'],
      ])('without %s, "%s" fails', async (index, name) => {
        await withoutIndex(payload, index, async () => {
          expect(await problemsOf(readNamed(name))).not.toEqual([])
        })
        expect(await problemsOf(readNamed(name))).toEqual([])
      })

      test('without the pinned statistics, SQLite guesses, and some reads sort every match', async () => {
        await withoutStatistics(async () => {
          const problems: string[] = []
          for (const [, read] of checked) problems.push(...(await problemsOf(read)))
          expect(problems).not.toEqual([])
        })
        expect(await problemsOf(readNamed('tag feed: first page'))).toEqual([])
      })
    })
  },
)
