import type { Payload } from 'payload'

import { sqliteAdapterOf } from './kind'

export type TCoinLinks = { id: number; coins: number[] }

// Three values a row, well under SQLite's 32,766 bound parameters per statement.
const ROWS_PER_INSERT = 5000

/**
 * Replaces the `coins` links of these articles or 快讯 with the given ones, in the documents and
 * in their latest versions, as Payload stores a hasMany relation (`<table>_rels`, `order` from 1;
 * `version.coins` in the versions' rels), in one transaction. A generator's bulk write (seed:large
 * --coins): no hooks run, so no cache is expired. SQLite only.
 */
export async function replaceCoinLinks(
  payload: Payload,
  table: 'articles' | 'flashes',
  links: TCoinLinks[],
): Promise<void> {
  const sqlite = sqliteAdapterOf(payload)
  if (!sqlite) throw new Error('replacing coin links in bulk is written for SQLite only')
  const rows = links.flatMap(({ id, coins }) => coins.map((coin, i) => [id, coin, i + 1]))
  const versions = `_${table}_v`
  const tx = await sqlite.client.transaction('write')
  try {
    await tx.execute(
      'create temp table coin_links (parent_id integer, coins_id integer, ord integer)',
    )
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT)
      await tx.execute({
        sql: `insert into coin_links values ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        args: chunk.flat(),
      })
    }
    await tx.execute('create temp table coin_parents (id integer primary key)')
    await tx.execute({
      sql: `insert into coin_parents select value from json_each(?)`,
      args: [JSON.stringify(links.map((link) => link.id))],
    })
    await tx.execute(`delete from ${table}_rels where path = 'coins'
      and parent_id in (select id from coin_parents)`)
    await tx.execute(`insert into ${table}_rels ("order", parent_id, path, coins_id)
      select ord, parent_id, 'coins', coins_id from coin_links order by parent_id, ord`)
    await tx.execute(`delete from ${versions}_rels where path = 'version.coins'
      and parent_id in (select v.id from ${versions} v
        where v.latest = 1 and v.parent_id in (select id from coin_parents))`)
    await tx.execute(`insert into ${versions}_rels ("order", parent_id, path, coins_id)
      select l.ord, v.id, 'version.coins', l.coins_id from coin_links l
      join ${versions} v on v.parent_id = l.parent_id and v.latest = 1 order by v.id, l.ord`)
    await tx.execute('drop table coin_links')
    await tx.execute('drop table coin_parents')
    await tx.commit()
  } catch (error) {
    await tx.rollback()
    throw error
  } finally {
    tx.close()
  }
}
