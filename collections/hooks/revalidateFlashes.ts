import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { CACHE_TAGS } from '@/lib/cacheTags'
import { coinPageTagsOf } from '@/lib/coins/coinPageTags'
import { flashApiPaths } from '@/lib/edge/apiPaths'
import { liveChange } from '@/lib/liveChange'
import { liveChangeOfSave } from './liveState'
import { revalidateCacheTags } from '@/lib/revalidate'

type TFlashLike = {
  id?: string | number
  _status?: string | null
  coins?: readonly unknown[] | null
}

/** Seeds and bulk jobs set context.disableRevalidate. */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

/**
 * The pages a flash shows on: /flash (and its filters, which the edge refresh does not list: the
 * micro-cache keeps them a second), the permalink and the home page's 快讯 module. Article pages
 * carry the module too; their cache tag is shared, and the edge keeps each for a second only.
 */
const flashEdgePaths = (id: string | number | undefined) =>
  ['/flash', '/', ...(id === undefined ? [] : [`/flash/${id}`])] as const

async function revalidateFlash(
  doc: TFlashLike,
  previous: TFlashLike | undefined,
  req: PayloadRequest,
) {
  if (skip(req)) return
  // A draft that was never live touches nothing readers see.
  if (liveChange(doc, previous) === null) return
  const tags: string[] = [CACHE_TAGS.flashLists, ...coinPageTagsOf(doc, previous)]
  if (doc.id !== undefined) tags.push(CACHE_TAGS.flash(doc.id))
  await revalidateCacheTags(tags, req.payload, {
    edgePaths: flashEdgePaths(doc.id),
    apiPaths: flashApiPaths(),
  })
}

/** As for articles: a draft saved or autosaved over a live 快讯 leaves its pages as they were. */
export const revalidateFlashAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (skip(req) || (await liveChangeOfSave(req, 'flashes', doc, operation)) === null) return doc
  await revalidateFlash(doc, previousDoc, req)
  return doc
}

export const revalidateFlashAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateFlash(doc, doc, req)
  return doc
}

/** A category's name or order shows on every flash and in the filter chips. */
async function expireFlashLists<TDoc>({ doc, req }: { doc: TDoc; req: PayloadRequest }) {
  if (!skip(req))
    await revalidateCacheTags([CACHE_TAGS.flashLists], req.payload, {
      edgePaths: ['/flash'],
      apiPaths: flashApiPaths(),
    })
  return doc
}

export const revalidateFlashListsAfterChange: CollectionAfterChangeHook = expireFlashLists
export const revalidateFlashListsAfterDelete: CollectionAfterDeleteHook = expireFlashLists
