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
}

const segment = (slug: string) => encodeURIComponent(slug)

/**
 * Home feed and article page first (what readers open when a story breaks), then the tag feeds,
 * then the RSS feeds. Each path once.
 */
export function articleEdgePaths({ slugs, tagSlugs }: TArticleEdgePathsOptions): string[] {
  const paths = new Set<string>(['/'])
  for (const slug of slugs) if (slug) paths.add(`/articles/${segment(slug)}`)
  for (const tag of tagSlugs) paths.add(`/tag/${segment(tag)}`)
  paths.add('/rss.xml')
  for (const tag of tagSlugs) paths.add(`/tag/${segment(tag)}/rss.xml`)
  return [...paths]
}

/** An article's `tags` as hooks see them: ids, or tag documents when populated. */
export type TTagReference = number | string | { id: number | string; slug?: string | null }

/**
 * The slugs of the given tag references. Populated tags carry their slug; bare ids are looked up
 * in one query that selects only the slug, inside the hook's transaction (`req`). Tags are public
 * (read: anyone), so the lookup overrides access. A failed lookup is logged and leaves those tags
 * out: their feeds then wait for the edge TTL, as before.
 */
export async function tagSlugsOf(
  references: readonly (TTagReference | null | undefined)[],
  req: PayloadRequest,
): Promise<string[]> {
  const slugs = new Set<string>()
  const ids = new Set<number | string>()
  for (const reference of references) {
    if (reference === null || reference === undefined) continue
    if (typeof reference === 'object') {
      if (reference.slug) slugs.add(reference.slug)
      else ids.add(reference.id)
    } else ids.add(reference)
  }
  if (ids.size === 0) return [...slugs]
  try {
    const found = await req.payload.find({
      collection: 'tags',
      where: { id: { in: [...ids] } },
      select: { slug: true },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const tag of found.docs) if (tag.slug) slugs.add(tag.slug)
  } catch (error) {
    req.payload.logger.warn({ msg: 'edge refresh: tag slugs not found', err: error })
  }
  return [...slugs]
}
