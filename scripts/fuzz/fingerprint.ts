/**
 * What the database holds, table by table: its row count and a hash of every row. Read from the
 * SQLite file with a connection of its own while the server runs (WAL: readers are not blocked).
 */
import { createHash } from 'node:crypto'

import { sqliteFirstRows, sqliteRowCounts } from '@/lib/db/backup'

export type TDatabaseFingerprint = Record<string, { rows: number; hash: string }>

const ALL_ROWS = -1

const blobsAsBase64 = (_key: string, value: unknown) =>
  value instanceof ArrayBuffer ? Buffer.from(value).toString('base64') : value

export async function fingerprintSqlite(file: string): Promise<TDatabaseFingerprint> {
  const fingerprint: TDatabaseFingerprint = {}
  for (const [table, rows] of Object.entries(await sqliteRowCounts(file))) {
    const hash = createHash('sha256')
    for (const row of await sqliteFirstRows(file, table, ALL_ROWS)) {
      hash.update(JSON.stringify(row, blobsAsBase64))
    }
    fingerprint[table] = { rows, hash: hash.digest('hex').slice(0, 16) }
  }
  return fingerprint
}

/** The tables whose rows differ, each with its row count before and after. */
export function changedTables(before: TDatabaseFingerprint, after: TDatabaseFingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...tables]
    .filter((table) => before[table]?.hash !== after[table]?.hash)
    .map(
      (table) =>
        `${table} (${before[table]?.rows ?? 'absent'} → ${after[table]?.rows ?? 'absent'} rows)`,
    )
}
