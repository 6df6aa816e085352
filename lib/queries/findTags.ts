import type { Payload } from 'payload'

export type TTab = { id: string; name: string; slug: string }

/** The category tabs, in the order editors set. */
export async function findTabs(payload: Payload): Promise<TTab[]> {
  const result = await payload.find({
    collection: 'tags',
    sort: ['order', 'name'],
    limit: 100,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
    overrideAccess: false,
  })
  return result.docs.map((tag) => ({ id: String(tag.id), name: tag.name, slug: tag.slug }))
}
