import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import type { TArticleBatchRow } from './articleBatch'

/** The rows one generated article becomes, in the SQLite adapter's column names. */
type TBulkRow = {
  data: Record<string, unknown> & { slug: string; createdAt: string; updatedAt: string }
  /** Title, summary and body: the article's zh-CN row of `articles_locales`. */
  texts: Record<string, unknown>
  tags: (number | string)[]
  coins: (number | string)[]
}

type TTransaction = Parameters<Parameters<SQLiteAdapter['drizzle']['transaction']>[0]>[0]
type TTable = SQLiteAdapter['tables'][string]

// Well under SQLite's 32,766 bound parameters per statement for the widest row (16 columns).
const ROWS_PER_INSERT = 400

async function insertAll(
  tx: TTransaction,
  table: TTable | undefined,
  rows: Record<string, unknown>[],
  returning?: (table: TTable) => Record<string, TTable['_']['columns'][string]>,
): Promise<Record<string, unknown>[]> {
  if (!table) throw new Error('the SQLite schema lacks an article table: did the migrations run?')
  const out: Record<string, unknown>[] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT)
    if (returning) out.push(...(await tx.insert(table).values(chunk).returning(returning(table))))
    else await tx.insert(table).values(chunk)
  }
  return out
}

/**
 * SQLite rows name group fields with an underscore (source.name → source_name); localized fields
 * live in the locales table, one row per locale (the generated articles have zh-CN only).
 */
function flatRow({
  source,
  tags,
  coins,
  title,
  summary,
  body,
  ...rest
}: TArticleBatchRow): TBulkRow {
  return {
    data: { ...rest, source_name: source.name, source_url: source.url },
    texts: { title, summary, body },
    tags,
    coins,
  }
}

const localeRow = (parent: unknown, texts: Record<string, unknown>, prefix: '' | 'version_') => ({
  _parentID: parent,
  _locale: DEFAULT_LOCALE,
  ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${prefix}${k}`, v])),
})

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
 * Writes a batch with multi-row INSERTs through the adapter's own Drizzle tables, so column names
 * and JSON encoding are Payload's: the same rows payload.create writes (article, its zh-CN texts,
 * relations, first version with latest = true, its texts, version relations), in one transaction. Per-row adapter calls cost
 * tens of milliseconds an article on a busy 2-core box; multi-row INSERTs are what make 100k
 * articles fit in minutes.
 */
export async function insertBatchSqlite(
  { drizzle, tables }: SQLiteAdapter,
  batch: TArticleBatchRow[],
): Promise<void> {
  const rows = batch.map(flatRow)
  await drizzle.transaction(async (tx) => {
    const inserted = await insertAll(
      tx,
      tables.articles,
      rows.map((row) => row.data),
      (articles) => ({ id: articles.id!, slug: articles.slug! }),
    )
    const idBySlug = new Map(inserted.map((r) => [r.slug as string, r.id]))
    const parents = rows.map((row) => idBySlug.get(row.data.slug))
    await insertAll(
      tx,
      tables.articles_locales,
      rows.map((row, i) => localeRow(parents[i], row.texts, '')),
    )
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
      (versions) => ({ id: versions.id!, parent: versions.parent! }),
    )
    const versionByParent = new Map(versions.map((v) => [v.parent, v.id]))
    await insertAll(
      tx,
      tables._articles_v_locales,
      rows.map((row, i) => localeRow(versionByParent.get(parents[i]), row.texts, 'version_')),
    )
    await insertAll(
      tx,
      tables._articles_v_rels,
      rows.flatMap((row, i) => relationRows(versionByParent.get(parents[i]), row, 'version.')),
    )
  })
}
