import type { Payload } from 'payload'

import { findAsVisitor, visitorRequest } from './readAsVisitor'
import { readTabs, sqliteClientFor } from '@/lib/db/sqliteCardParts'

export type TTab = { id: string; name: string; slug: string }

/**
 * The category tabs, in the order editors set. On SQLite one plain statement (sqliteCardParts);
 * `portable` reads through Payload's adapter API, as on MongoDB (tests compare both).
 */
export async function findTabs(payload: Payload, { portable = false } = {}): Promise<TTab[]> {
  const visitor = await visitorRequest(payload)
  const sqlite = portable ? null : await sqliteClientFor(payload, visitor)
  if (sqlite) return readTabs(sqlite)
  const result = await findAsVisitor(payload, 'tags', {
    visitor,
    where: {},
    sort: ['order', 'name'],
    limit: 100,
    pagination: false,
    select: { name: true, slug: true },
  })
  return result.docs.map((tag) => ({
    id: String(tag.id),
    name: String(tag.name),
    slug: String(tag.slug),
  }))
}
