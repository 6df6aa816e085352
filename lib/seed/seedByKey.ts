import type { CollectionSlug, File, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

export type TId = number | string

export type TSeedCount = { created: number; existing: number }

// Seeds run as the system (no user), and must not trigger cache revalidation on the portal.
export const systemContext = { disableRevalidate: true }

/**
 * Seeds one collection so that a rerun changes nothing: each item is looked up by its stable key
 * and created only when it is missing. The ids come back under the names the rest of the seed
 * refers to the items by (a role, a slug, a provider id, an image key).
 */
export async function seedByKey<TSlug extends CollectionSlug, TItem>(options: {
  payload: Payload
  collection: TSlug
  items: readonly TItem[]
  counts: TSeedCount
  nameOf: (item: TItem) => string
  /** The stable key, as a query: email, slug, marketDataId or file name. */
  match: (item: TItem) => Where
  /** Called only for a missing item. */
  document: (
    item: TItem,
    index: number,
  ) => Promise<{ data: RequiredDataFromCollectionSlug<TSlug>; file?: File }>
}): Promise<Map<string, TId>> {
  const { payload, collection, counts } = options
  const ids = new Map<string, TId>()
  for (const [index, item] of options.items.entries()) {
    const found = await payload.find({
      collection,
      where: options.match(item),
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const existing = found.docs[0]
    if (existing) {
      counts.existing++
      ids.set(options.nameOf(item), existing.id)
      continue
    }
    const { data, file } = await options.document(item, index)
    const created = await payload.create({
      collection,
      data,
      file,
      overrideAccess: true,
      context: systemContext,
    })
    counts.created++
    ids.set(options.nameOf(item), created.id)
  }
  return ids
}
