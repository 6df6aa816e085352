import type { Payload } from 'payload'

import { findAsVisitor } from './readAsVisitor'

export type TTab = { id: string; name: string; slug: string }

/** The category tabs, in the order editors set. */
export async function findTabs(payload: Payload): Promise<TTab[]> {
  const result = await findAsVisitor(payload, 'tags', {
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
