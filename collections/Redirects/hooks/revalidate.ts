import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { revalidateCacheTags } from '@/lib/revalidate'

const fromOf = (doc: unknown) => (doc as { from?: string | null } | undefined)?.from

/**
 * A redirect recorded, changed or removed: its old URL must answer the new way at once, though
 * it may be cached as the article it was, as a 404, or as the redirect it was. Its slug's tag
 * (the article page once at that URL) and every redirect read are expired, and the old URL is
 * renewed on the edge in every edition (lib/edge). Seeds and bulk jobs set disableRevalidate.
 */
export async function revalidateRedirectSources(
  slugs: (string | null | undefined)[],
  req: PayloadRequest,
) {
  if (req.context?.disableRevalidate) return
  const changed = [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))]
  await revalidateCacheTags(
    [CACHE_TAGS.redirects, ...changed.map((slug) => CACHE_TAGS.article(slug))],
    req.payload,
    { edgePaths: changed.map((slug) => `/articles/${encodeURIComponent(slug)}`) },
  )
}

export const revalidateRedirectAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await revalidateRedirectSources([fromOf(doc), fromOf(previousDoc)], req)
  return doc
}

export const revalidateRedirectAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateRedirectSources([fromOf(doc)], req)
  return doc
}
