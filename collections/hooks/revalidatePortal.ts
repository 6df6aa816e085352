import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { coinPageTagsOf } from '@/lib/coins/coinPageTags'
import {
  articleEdgePaths,
  coinIdsOf,
  tagSlugsOf,
  type TCoinReference,
  type TTagReference,
} from '@/lib/edge/articlePaths'
import { articleApiPaths, tagApiPaths } from '@/lib/edge/apiPaths'
import { isEdgeRefreshEnabled } from '@/lib/edge/refresh'
import { liveChange } from '@/lib/liveChange'
import { liveChangeOfSave } from './liveState'
import { revalidateCacheTags } from '@/lib/revalidate'

type TArticleLike = {
  slug?: string | null
  _status?: string | null
  tags?: (TTagReference | null)[] | null
  coins?: readonly (TCoinReference | null)[] | null
}

/** Seeds and bulk jobs set context.disableRevalidate (hook args' `context` is `req.context`). */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

/** Whether the change can show on the portal: drafts that were never live touch nothing. */
const touchesPortal = (doc: TArticleLike, previous?: TArticleLike) =>
  liveChange(doc, previous) !== null

/** The article's own page plus every list it is (or was) in, its coins' pages among them. */
function articleTags(doc: TArticleLike, previous?: TArticleLike): string[] {
  const tags = new Set<string>([CACHE_TAGS.articleLists, ...coinPageTagsOf(doc, previous)])
  if (doc.slug) tags.add(CACHE_TAGS.article(doc.slug))
  if (previous?.slug && previous.slug !== doc.slug) tags.add(CACHE_TAGS.article(previous.slug))
  return [...tags]
}

/**
 * What to renew in the edge cache: its page(s), the feeds of the tags it has or had and the pages
 * of its coins; and the same lists in the content API (/api/v1). The look-ups are skipped when
 * there is no edge to refresh.
 */
async function articleEdgePathsOf(
  doc: TArticleLike,
  previous: TArticleLike | undefined,
  req: PayloadRequest,
): Promise<{ edgePaths: string[]; apiPaths: string[] }> {
  if (!isEdgeRefreshEnabled()) return { edgePaths: [], apiPaths: [] }
  const [tagSlugs, coinIds] = await Promise.all([
    tagSlugsOf([...(doc.tags ?? []), ...(previous?.tags ?? [])], req),
    coinIdsOf([...(doc.coins ?? []), ...(previous?.coins ?? [])], req),
  ])
  const changed = { slugs: [doc.slug, previous?.slug], tagSlugs, coinIds }
  return { edgePaths: articleEdgePaths(changed), apiPaths: articleApiPaths(changed) }
}

async function revalidateArticle(doc: TArticleLike, previous: TArticleLike, req: PayloadRequest) {
  if (skip(req) || !touchesPortal(doc, previous)) return
  await revalidateCacheTags(
    articleTags(doc, previous),
    req.payload,
    await articleEdgePathsOf(doc, previous, req),
  )
}

/**
 * A save decides by the live document's status (liveChangeOfSave): a draft saved or autosaved
 * over a published article leaves its page as it was, though previousDoc (the latest version)
 * would call the first such save an unpublish.
 */
export const revalidateArticleAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (skip(req) || (await liveChangeOfSave(req, 'articles', doc, operation)) === null) return doc
  await revalidateArticle(doc, previousDoc, req)
  return doc
}

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateArticle(doc, doc, req)
  return doc
}

/** Tag names and order show in the tabs and on every card; on the edge, the home feed is enough. */
async function expireTagLists<TDoc>({ doc, req }: { doc: TDoc; req: PayloadRequest }) {
  if (!skip(req))
    await revalidateCacheTags([CACHE_TAGS.tags, CACHE_TAGS.articleLists], req.payload, {
      edgePaths: ['/'],
      apiPaths: tagApiPaths(),
    })
  return doc
}

export const revalidateTagsAfterChange: CollectionAfterChangeHook = expireTagLists
export const revalidateTagsAfterDelete: CollectionAfterDeleteHook = expireTagLists
