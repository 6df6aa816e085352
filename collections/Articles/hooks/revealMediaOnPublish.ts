import type { CollectionAfterChangeHook } from 'payload'

import { mediaOfArticle } from '@/collections/Articles/mediaOfArticle'

/**
 * Images stay private to editors until an article showing them is published; then they are
 * public for good (they have been served, and may sit in browser, image-optimizer and CDN caches).
 * Only images not yet public are written, so re-publishing costs one indexed read.
 * Runs before the portal's revalidation, so the pages rendered next already see the images.
 */
export const revealMediaOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published') return doc
  const ids = mediaOfArticle(doc, req.payload)
  if (ids.length === 0) return doc
  // System write on behalf of the publish the editor was allowed to make.
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { visibleToVisitors: { not_equals: true } }] },
    data: { visibleToVisitors: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
