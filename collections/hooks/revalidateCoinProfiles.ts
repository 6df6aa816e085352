import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOfRelation } from '@/lib/db/documentId'
import { CACHE_TAGS } from '@/lib/cacheTags'
import { revalidateCacheTags } from '@/lib/revalidate'

/** What a coin page shows of the coin itself (lib/queries/findCoinPage.ts: TCoinProfile). */
const PROFILE_FIELDS = ['symbol', 'name', 'nameZh', 'marketDataId'] as const

type TCoinLike = Partial<Record<(typeof PROFILE_FIELDS)[number], unknown>> & { logo?: unknown }

/**
 * Whether a coin change shows on its page. A market refresh writes figures only (price, rank …),
 * which the page fetches as JSON: it must not expire every coin page once a minute.
 */
export function changesCoinProfile(doc: TCoinLike, previous: TCoinLike | undefined): boolean {
  if (!previous) return true
  if (PROFILE_FIELDS.some((field) => doc[field] !== previous[field])) return true
  return idOfRelation(doc.logo) !== idOfRelation(previous.logo)
}

export const revalidateCoinProfileAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (req.context?.disableRevalidate) return doc
  if (operation === 'update' && changesCoinProfile(doc, previousDoc))
    await revalidateCacheTags([CACHE_TAGS.coinProfiles], req.payload)
  return doc
}

export const revalidateCoinProfileAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.disableRevalidate)
    await revalidateCacheTags([CACHE_TAGS.coinProfiles], req.payload)
  return doc
}
