import type { Payload } from 'payload'

/**
 * Where an old article URL leads: the current slug of the published article that `/articles/<slug>`
 * was recorded for (collections/Redirects), or null. Asked only when no published article has the
 * slug, so an article that takes an old slug again wins over its redirect. A target that is not
 * published (unpublished since, or never) leads nowhere: its slug is not public. Redirects are
 * staff-only through the API; the portal reads them as the server.
 */
export async function findArticleRedirect(payload: Payload, slug: string): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    select: { to: true },
    populate: { articles: { slug: true, _status: true } },
    overrideAccess: true,
  })
  const target = docs[0]?.to
  if (!target || typeof target !== 'object') return null
  if (target._status !== 'published' || !target.slug || target.slug === slug) return null
  return target.slug
}
