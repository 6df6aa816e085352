import type { Payload } from 'payload'

/** The rows one generated article becomes, in Payload's own field names. */
export type TBulkRow = {
  data: Record<string, unknown> & { slug: string; createdAt: string; updatedAt: string }
  tags: (number | string)[]
  coins: (number | string)[]
}

/** What this module needs of the SQLite adapter: its Drizzle instance and the generated tables. */
type TDrizzleLike = {
  transaction<T>(run: (tx: TDrizzleLike) => Promise<T>): Promise<T>
  insert(table: unknown): {
    values(rows: Record<string, unknown>[]): {
      returning(fields?: Record<string, unknown>): Promise<Record<string, unknown>[]>
    } & PromiseLike<unknown>
  }
}
type TSqliteAdapter = { name: string; drizzle: TDrizzleLike; tables: Record<string, unknown> }

// Well under SQLite's 32,766 bound parameters per statement for the widest row (16 columns).
const ROWS_PER_INSERT = 400

export function isSqlite(payload: Payload): boolean {
  return (payload.db as unknown as { name?: string }).name === 'sqlite'
}

async function insertAll(
  tx: TDrizzleLike,
  table: unknown,
  rows: Record<string, unknown>[],
  returning?: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT)
    if (returning) out.push(...(await tx.insert(table).values(chunk).returning(returning)))
    else await tx.insert(table).values(chunk)
  }
  return out
}

function relationRows(
  parent: unknown,
  row: TBulkRow,
  prefix: '' | 'version.',
): Record<string, unknown>[] {
  // Payload numbers hasMany relations from 1 per field path, as upsertRow does.
  return [
    ...row.tags.map((id, i) => ({ parent, path: `${prefix}tags`, order: i + 1, tagsID: id })),
    ...row.coins.map((id, i) => ({ parent, path: `${prefix}coins`, order: i + 1, coinsID: id })),
  ]
}

/**
 * SQLite only (callers check isSqlite first; MongoDB goes through payload.db.create and
 * createVersion instead). Writes a batch with multi-row INSERTs through the adapter's own Drizzle
 * tables, so column names and JSON encoding are Payload's: the same rows payload.create writes
 * (article, relations, first version with latest = true, version relations), in one transaction.
 * Per-row adapter calls measured 30+ ms an article on a busy 2-core box; this is what makes 100k fit
 * in minutes.
 */
export async function insertBatchSqlite(payload: Payload, rows: TBulkRow[]): Promise<void> {
  const { drizzle, tables } = payload.db as unknown as TSqliteAdapter
  await drizzle.transaction(async (tx) => {
    const inserted = await insertAll(
      tx,
      tables.articles,
      rows.map((row) => row.data),
      {
        id: (tables.articles as Record<string, unknown>).id,
        slug: (tables.articles as Record<string, unknown>).slug,
      },
    )
    const idBySlug = new Map(inserted.map((r) => [r.slug as string, r.id]))
    const parents = rows.map((row) => idBySlug.get(row.data.slug))
    await insertAll(
      tx,
      tables.articles_rels,
      rows.flatMap((row, i) => relationRows(parents[i], row, '')),
    )
    const versions = await insertAll(
      tx,
      tables._articles_v,
      rows.map((row, i) => ({
        parent: parents[i],
        ...Object.fromEntries(Object.entries(row.data).map(([k, v]) => [`version_${k}`, v])),
        createdAt: row.data.createdAt,
        updatedAt: row.data.updatedAt,
        latest: true,
      })),
      {
        id: (tables._articles_v as Record<string, unknown>).id,
        parent: (tables._articles_v as Record<string, unknown>).parent,
      },
    )
    const versionByParent = new Map(versions.map((v) => [v.parent, v.id]))
    await insertAll(
      tx,
      tables._articles_v_rels,
      rows.flatMap((row, i) => relationRows(versionByParent.get(parents[i]), row, 'version.')),
    )
  })
}
