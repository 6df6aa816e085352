import type { Payload } from 'payload'

import { sqliteAdapterOf } from './kind'

/**
 * For tests/int/query-plans.int.spec.ts, which shows that its plan check fails when what the reads
 * rely on is gone: an index, or the planner statistics the scale_read_indexes migration pins.
 */

export type TStatRow = { tbl: string; idx: string; stat: string }

function clientOf(payload: Payload) {
  const adapter = sqliteAdapterOf(payload)
  if (!adapter) throw new Error('index checks need the SQLite adapter')
  return adapter.client
}

/** The planner statistics (`sqlite_stat1`), of one index or all. */
export async function plannerStatistics(payload: Payload, index?: string): Promise<TStatRow[]> {
  const { rows } = await clientOf(payload).execute(
    index === undefined
      ? 'SELECT tbl, idx, stat FROM sqlite_stat1'
      : { sql: 'SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx = ?', args: [index] },
  )
  return rows.map((row) => ({ tbl: String(row.tbl), idx: String(row.idx), stat: String(row.stat) }))
}

async function restorePlannerStatistics(payload: Payload, rows: TStatRow[]): Promise<void> {
  const client = clientOf(payload)
  for (const { tbl, idx, stat } of rows) {
    await client.execute({
      sql: 'INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)',
      args: [tbl, idx, stat],
    })
  }
  // Makes the planner read the statistics again.
  await client.execute('ANALYZE sqlite_schema')
}

/** Runs `check` with an index dropped, then recreates it with its statistics. */
export async function withoutIndex(
  payload: Payload,
  name: string,
  check: () => Promise<void>,
): Promise<void> {
  const client = clientOf(payload)
  const [index] = (
    await client.execute({
      sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
      args: [name],
    })
  ).rows
  if (!index) throw new Error(`no index ${name}: did the migrations run?`)
  const stats = await plannerStatistics(payload, name)
  // DROP INDEX also deletes the index's statistics; both are put back.
  await client.execute(`DROP INDEX \`${name}\``)
  try {
    await check()
  } finally {
    await client.execute(String(index.sql))
    await restorePlannerStatistics(payload, stats)
  }
}

/** Runs `check` without planner statistics (as before the migration), then restores them. */
export async function withoutPlannerStatistics(
  payload: Payload,
  check: () => Promise<void>,
): Promise<void> {
  const saved = await plannerStatistics(payload)
  const client = clientOf(payload)
  await client.execute('DELETE FROM sqlite_stat1')
  await client.execute('ANALYZE sqlite_schema')
  try {
    await check()
  } finally {
    await restorePlannerStatistics(payload, saved)
  }
}
