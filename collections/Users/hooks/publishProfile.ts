import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { isStaff } from '@/collections/access'
import { CACHE_TAGS } from '@/lib/cacheTags'
import { revalidateCacheTags } from '@/lib/revalidate'

type TProfileLike = {
  roles?: string[] | null
  displayName?: string | null
  profileSlug?: string | null
  bio?: string | null
  avatar?: unknown
}

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

/** What the portal shows of an account: a change to anything else (a password, a login) touches no page. */
const publicPartOf = (doc: TProfileLike | undefined) =>
  JSON.stringify([
    isStaff(doc as never),
    doc?.displayName ?? null,
    doc?.profileSlug ?? null,
    doc?.bio ?? null,
    idOf(doc?.avatar),
  ])

/**
 * An avatar is shown to visitors on the author page, so it becomes public like an article's
 * published images (collections/Articles/hooks/revealMediaOnPublish.ts): the media read rule
 * serves visitors only images marked visible.
 */
async function revealAvatar(doc: TProfileLike, req: PayloadRequest) {
  const avatar = idOf(doc.avatar)
  if (avatar === null || !doc.profileSlug || !isStaff(doc as never)) return
  // System write on behalf of the profile edit the staff member was allowed to make.
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { equals: avatar } }, { visibleToVisitors: { not_equals: true } }] },
    data: { visibleToVisitors: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Author pages and the bylines that link to them read profiles under one tag (CACHE_TAGS.authors):
 * a profile edit, a role change or a deleted account expires them all. Rare, so one tag is enough.
 */
export const publishProfileAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (publicPartOf(doc) === publicPartOf(previousDoc)) return doc
  await revealAvatar(doc, req)
  if (!req.context?.disableRevalidate) await revalidateCacheTags([CACHE_TAGS.authors], req.payload)
  return doc
}

export const publishProfileAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if ((doc as TProfileLike).profileSlug && !req.context?.disableRevalidate)
    await revalidateCacheTags([CACHE_TAGS.authors], req.payload)
  return doc
}
