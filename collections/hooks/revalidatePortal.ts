import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { CACHE_TAGS } from '../../lib/cache-tags'
import { revalidateCacheTags } from '../../lib/revalidate'

type TArticleLike = { slug?: string | null; _status?: string | null }

/** Seeds and bulk jobs set context.disableRevalidate (hook args' `context` is `req.context`). */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

/** The article's own page plus every list it is (or was) in. Drafts that were never live touch nothing. */
function articleTags(doc: TArticleLike, previous?: TArticleLike): string[] {
  const wasLive = previous?._status === 'published'
  const isLive = doc._status === 'published'
  if (!wasLive && !isLive) return []
  const tags = new Set<string>([CACHE_TAGS.articleLists])
  if (doc.slug) tags.add(CACHE_TAGS.article(doc.slug))
  if (previous?.slug && previous.slug !== doc.slug) tags.add(CACHE_TAGS.article(previous.slug))
  return [...tags]
}

export const revalidateArticleAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!skip(req)) await revalidateCacheTags(articleTags(doc, previousDoc), req.payload)
  return doc
}

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!skip(req)) await revalidateCacheTags(articleTags(doc, doc), req.payload)
  return doc
}

/** Tag names and order show in the tabs and on every card. */
async function expireTagLists<TDoc>({ doc, req }: { doc: TDoc; req: PayloadRequest }) {
  if (!skip(req)) await revalidateCacheTags([CACHE_TAGS.tags, CACHE_TAGS.articleLists], req.payload)
  return doc
}

export const revalidateTagsAfterChange: CollectionAfterChangeHook = expireTagLists
export const revalidateTagsAfterDelete: CollectionAfterDeleteHook = expireTagLists
