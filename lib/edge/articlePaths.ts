import type { PayloadRequest } from 'payload'

/**
 * The pages a reader would look at for one story, as the edge cache keys them: what to renew in
 * the edge cache when an article is published, edited, unpublished or deleted.
 */

export type TArticleEdgePathsOptions = {
  /** The article's slug now and before the change (a changed slug leaves the old page behind). */
  slugs: readonly (string | null | undefined)[]
  /** Slugs of the tags it has now and had before: it may have left a tag feed or joined one. */
  tagSlugs: readonly string[]
  /** Provider ids of the coins it is linked to now or was before: their coin pages list it. */
  coinIds?: readonly string[]
}

const segment = (slug: string) => encodeURIComponent(slug)

/**
 * Home feed and article page first (what readers open when a story breaks), then the tag feeds,
 * then the RSS feeds. Each path once.
 */
export function articleEdgePaths({
  slugs,
  tagSlugs,
  coinIds = [],
}: TArticleEdgePathsOptions): string[] {
  const paths = new Set<string>(['/'])
  for (const slug of slugs) if (slug) paths.add(`/articles/${segment(slug)}`)
  for (const tag of tagSlugs) paths.add(`/tag/${segment(tag)}`)
  for (const coin of coinIds) paths.add(`/coins/${segment(coin)}`)
  paths.add('/rss.xml')
  for (const tag of tagSlugs) paths.add(`/tag/${segment(tag)}/rss.xml`)
  for (const coin of coinIds) paths.add(`/coins/${segment(coin)}/rss.xml`)
  return [...paths]
}

/** An article's `tags` as hooks see them: ids, or tag documents when populated. */
export type TTagReference = number | string | { id: number | string; slug?: string | null }

/** An article's `coins` as hooks see them: ids, or coin documents when populated. */
export type TCoinReference = number | string | { id: number | string; marketDataId?: string | null }

type TKeyed = { id: number | string } & Record<string, unknown>

/**
 * A public key (a tag's slug, a coin's provider id) of each referenced document. Populated
 * references carry it; bare ids are looked up in one query that selects only the key, inside the
 * hook's transaction (`req`). Tags and coins are public (read: anyone), so the lookup overrides
 * access. A failed lookup is logged and leaves those out: their pages then wait for the edge TTL.
 */
async function keysOf(
  collection: 'tags' | 'coins',
  key: 'slug' | 'marketDataId',
  references: readonly unknown[],
  req: PayloadRequest,
): Promise<string[]> {
  const keys = new Set<string>()
  const ids = new Set<number | string>()
  for (const reference of references) {
    if (typeof reference === 'number' || typeof reference === 'string') ids.add(reference)
    else if (reference && typeof reference === 'object' && 'id' in reference) {
      const value = (reference as TKeyed)[key]
      if (typeof value === 'string' && value) keys.add(value)
      else ids.add((reference as TKeyed).id)
    }
  }
  if (ids.size === 0) return [...keys]
  try {
    const found = await req.payload.find({
      collection,
      where: { id: { in: [...ids] } },
      select: { [key]: true },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as TKeyed[]) {
      const value = doc[key]
      if (typeof value === 'string' && value) keys.add(value)
    }
  } catch (error) {
    req.payload.logger.warn({ msg: `edge refresh: ${collection} not found`, err: error })
  }
  return [...keys]
}

/** The slugs of the given tag references. */
export const tagSlugsOf = (
  references: readonly (TTagReference | null | undefined)[],
  req: PayloadRequest,
): Promise<string[]> => keysOf('tags', 'slug', references, req)

/** The provider ids (`/coins/<id>`) of the given coin references. */
export const coinIdsOf = (
  references: readonly (TCoinReference | null | undefined)[],
  req: PayloadRequest,
): Promise<string[]> => keysOf('coins', 'marketDataId', references, req)
