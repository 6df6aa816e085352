import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'

import { sqliteAdapterOf } from './kind'

/**
 * What `npm run db:plans` and tests/int/query-plans.int.spec.ts need of SQLite: the statements a
 * read sends, and SQLite's plan for each. The reads themselves and the verdict on their plans are
 * in scripts/plans. SQLite only: MongoDB has no EXPLAIN QUERY PLAN (its indexes: mongoIndexes.ts).
 */

export type TStatement = { sql: string; args: unknown[] }
export type TPlanRow = { id: number; parent: number; detail: string }

type TClient = SQLiteAdapter['client']
type TClientStatement = Parameters<TClient['execute']>[0]

function sqliteOf(payload: Payload): SQLiteAdapter {
  const adapter = sqliteAdapterOf(payload)
  if (!adapter) throw new Error('query plans need the SQLite adapter')
  return adapter
}

const toArgs = (args: unknown[] | Record<string, unknown> | undefined): unknown[] =>
  Array.isArray(args) ? args : args ? Object.values(args) : []

/**
 * Records every statement Drizzle sends to libsql (outside transactions, which the portal's reads
 * never open) until `stop()`. The adapter passes `{ sql, args }` objects to `client.execute`.
 */
export function recordStatements(payload: Payload): { statements: TStatement[]; stop(): void } {
  const { client } = sqliteOf(payload)
  const original = client.execute
  const statements: TStatement[] = []
  client.execute = function (this: TClient, statement: TClientStatement) {
    if (typeof statement === 'string') statements.push({ sql: statement, args: [] })
    else statements.push({ sql: statement.sql, args: toArgs(statement.args) })
    return original.call(this, statement)
  }
  return { statements, stop: () => void (client.execute = original) }
}

/** The statements that read or write rows: not the adapter's pragmas and transaction control. */
export const queriesAmong = (statements: TStatement[]) =>
  statements.filter((statement) => !/^\s*(pragma|begin|commit|rollback)\b/i.test(statement.sql))

/**
 * EXPLAIN QUERY PLAN of each statement, on a connection of its own that is closed afterwards:
 * libsql leaves an EXPLAIN statement open once its rows are read, and an open statement makes
 * schema changes (DROP INDEX, migrations) on that connection fail with SQLITE_LOCKED. A new
 * connection also reads the planner statistics as they are on disk now.
 */
export async function explainAll(
  payload: Payload,
  statements: TStatement[],
): Promise<TPlanRow[][]> {
  const { $client } = drizzle({ connection: { url: sqliteOf(payload).clientConfig.url } })
  try {
    const plans: TPlanRow[][] = []
    for (const statement of statements) {
      const { rows } = await $client.execute({
        sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
        args: statement.args as never,
      })
      plans.push(
        rows.map((row) => ({
          id: Number(row.id),
          parent: Number(row.parent),
          detail: String(row.detail),
        })),
      )
    }
    return plans
  } finally {
    $client.close()
  }
}
