import { showsOnlyWrittenVersions } from '@/lib/i18n/contentLocalization'
import type { TLinkedFlashesQuery } from '@/lib/queries/cards'
import { coinLinkCondition } from './sqliteCoinLinks'
import { documentId, documentIds } from './documentId'
import type { TSqliteClient } from './sqliteCardParts'

/**
 * The ids of published 快讯 linked to any of the coins, newest first (publish time, then id),
 * after a position: one statement instead of Payload's relation query, which joins and
 * de-duplicates every link before it sorts (the cost grows with the coins' links, not with the
 * page). It applies the flashes' read rule for visitors (PUBLISHED_ONLY); sqliteReads.ts offers
 * it only while that is the rule. English keeps the flashes with English text, as
 * findFlashes' flashEditionWhere does. Null when an id cannot be bound as a SQLite integer.
 */
export async function readLinkedFlashIds(
  client: TSqliteClient,
  { locale, coinIds, before, limit }: TLinkedFlashesQuery,
): Promise<string[] | null> {
  const coins = documentIds(coinIds, 'sqlite') as number[]
  if (coins.length === 0) return []
  const conditions = [`a._status = 'published'`, 'a.published_at is not null']
  const args: (number | string)[] = []
  if (showsOnlyWrittenVersions(locale)) {
    conditions.push(`exists (select 1 from flashes_locales own where own._parent_id = a.id
      and own._locale = ? and own.text is not null and own.text <> '')`)
    args.push(locale)
  }
  const linked = await coinLinkCondition(client, 'flashes', coins)
  conditions.push(linked.sql)
  args.push(...linked.args)
  if (before) {
    const at = before.publishedAt.toISOString()
    if (before.id === undefined) {
      conditions.push('a.published_at <= ?')
      args.push(at)
    } else {
      const beforeId = documentId(before.id, 'sqlite')
      if (beforeId === null) return null
      // As in findFeed's beforeCursor: the leading range lets SQLite walk the index from there.
      conditions.push('a.published_at <= ? and (a.published_at < ? or a.id < ?)')
      args.push(at, at, beforeId)
    }
  }
  const { rows } = await client.execute({
    sql: `select a.id from flashes a where ${conditions.join(' and ')}
      order by a.published_at desc, a.id desc limit ?`,
    args: [...args, limit],
  })
  return rows.map((row) => String(row.id))
}
