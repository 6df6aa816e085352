import type { TSqliteClient } from './sqliteCardParts'

/**
 * "Linked to any of these coins", as a condition on `<table> a` for statements that read newest
 * first (articles or 快讯; their `coins` relation lives in `<table>_rels`). Two plans, chosen by how
 * many links the coins have:
 * - few (a handful of rare coins): every linked row is found through the rels' coins_id index and
 *   the few are sorted; walking the publish-time index instead would read the whole table to find
 *   them.
 * - many (a long watchlist, popular coins): the publish-time index is walked from the newest (or
 *   from the cursor) and each row's one or two links are checked, so a page stops after a few
 *   hundred rows; collecting every link first would read tens of thousands.
 * Counting stops at SPARSE_LINKS, so the choice itself costs at most that many index entries.
 */

/** Below this many links the coins' rows are collected and sorted; from it, the index is walked. */
export const SPARSE_LINKS = 2000

export type TLinkTable = 'articles' | 'flashes'

export type TCoinLinkCondition = {
  /** A condition on alias `a`. */
  sql: string
  args: number[]
  plan: 'sparse' | 'dense'
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

export async function coinLinkCondition(
  client: TSqliteClient,
  table: TLinkTable,
  coinIds: number[],
  /** Tests pass a small threshold to compare both plans on a few rows. */
  sparseBelow = SPARSE_LINKS,
): Promise<TCoinLinkCondition> {
  const list = placeholders(coinIds.length)
  const { rows } = await client.execute({
    sql: `select count(*) as links from (select 1 from ${table}_rels r
      where r.path = 'coins' and r.coins_id in (${list}) limit ?)`,
    args: [...coinIds, sparseBelow],
  })
  if (Number(rows[0]?.links ?? 0) < sparseBelow) {
    return {
      // SQLite starts from the listed rowids (see `npm run db:plans`), then sorts them.
      sql: `a.id in (select r.parent_id from ${table}_rels r
        where r.path = 'coins' and r.coins_id in (${list}))`,
      args: coinIds,
      plan: 'sparse',
    }
  }
  return {
    // `+r.coins_id`: checked on the row's own links (parent index), not looked up coin by coin.
    sql: `exists (select 1 from ${table}_rels r
      where r.parent_id = a.id and r.path = 'coins' and +r.coins_id in (${list}))`,
    args: coinIds,
    plan: 'dense',
  }
}
