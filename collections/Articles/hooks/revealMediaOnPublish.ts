import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { mediaOfArticle } from '@/collections/Articles/mediaOfArticle'
import type { TDocumentId } from '@/lib/db/documentId'

/**
 * The images in the article's bodies of every locale: a publish publishes all of them (a zh-CN
 * publish also publishes an English version saved as a draft), while `doc` holds the saving
 * locale's body only.
 */
async function mediaOfOtherLocales(id: number | string, req: PayloadRequest) {
  const all = await req.payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    depth: 0,
    select: { body: true },
    overrideAccess: true,
    req,
  })
  const bodies = Object.values((all.body ?? {}) as Record<string, unknown>)
  return bodies.flatMap((body) => mediaOfArticle({ body }, req.payload))
}

/**
 * Images stay private to editors until an article showing them is published; then they are
 * public for good (they have been served, and may sit in browser, image-optimizer and CDN caches).
 * Only images not yet public are written, so re-publishing costs one indexed read.
 * Runs before the portal's revalidation, so the pages rendered next already see the images.
 */
export const revealMediaOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published') return doc
  const ids = [
    ...new Set([...mediaOfArticle(doc, req.payload), ...(await mediaOfOtherLocales(doc.id, req))]),
  ]
  await revealMedia(ids, req)
  return doc
}

/** Makes these images public for good; only those not yet public are written. */
export async function revealMedia(ids: TDocumentId[], req: PayloadRequest): Promise<void> {
  if (ids.length === 0) return
  // System write on behalf of the publish the editor was allowed to make.
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { visibleToVisitors: { not_equals: true } }] },
    data: { visibleToVisitors: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
