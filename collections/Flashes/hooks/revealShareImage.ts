import type { CollectionAfterChangeHook } from 'payload'

import { revealMedia } from '@/collections/Articles/hooks/revealMediaOnPublish'
import { documentIds, idOfRelation } from '@/lib/db/documentId'

/**
 * A 快讯's share image (搜索与分享) is shown by search engines and share cards once the 快讯 is
 * published: public from then on, as an article's images are.
 */
export const revealShareImageOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published') return doc
  const image = idOfRelation((doc.meta as { image?: unknown } | null | undefined)?.image)
  if (image !== null) await revealMedia(documentIds([image], req.payload), req)
  return doc
}
