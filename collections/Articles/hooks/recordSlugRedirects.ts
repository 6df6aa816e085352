import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { revalidateRedirectSources } from '@/collections/Redirects/hooks/revalidate'

/**
 * An article's published slug changed: its old URL keeps working (collections/Redirects). What
 * counts is the live (main) document's slug before and after the save: a draft saved with a new
 * slug changes nothing readers see, so it records nothing until it is published (hooks'
 * previousDoc is the latest version, which may be that draft, so it cannot tell).
 */

const liveSlugKey = (id: unknown) => `redirects:live-slug:${String(id)}`

/** Before a save that publishes: the slug readers reach the article at now, if it is live. */
export const rememberPublishedSlug: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  if (data?._status !== 'published') return data
  const live = await req.payload.db.findOne<{
    id: number | string
    slug?: string | null
    _status?: string | null
  }>({
    collection: 'articles',
    where: { id: { equals: originalDoc.id } },
    select: { slug: true, _status: true },
    req,
  })
  req.context[liveSlugKey(originalDoc.id)] =
    live?._status === 'published' && live.slug ? live.slug : null
  return data
}

/** System writes on behalf of the publish the editor was allowed to make. */
const system = (req: PayloadRequest) => ({ overrideAccess: true, req, depth: 0 }) as const

/**
 * After a publish: a redirect whose old slug is now this article's yields to it (and so can never
 * loop back), and a changed slug is recorded as a redirect to the article. Redirects point at the
 * article, not at a slug, so older ones follow it to the new slug: a chain of renames collapses.
 * Their old URLs are expired too, wherever they are cached.
 */
export const recordSlugRedirects: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published' || typeof doc.slug !== 'string') return doc
  const key = liveSlugKey(doc.id)
  const before = req.context[key] as string | null | undefined
  delete req.context[key]
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: doc.slug } },
    ...system(req),
  })
  if (!before || before === doc.slug) return doc
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: before } },
    limit: 1,
    pagination: false,
    select: {},
    ...system(req),
  })
  const row = existing.docs[0]
  if (row)
    await req.payload.update({
      collection: 'redirects',
      id: row.id,
      data: { to: doc.id },
      ...system(req),
    })
  else
    await req.payload.create({
      collection: 'redirects',
      data: { from: before, to: doc.id },
      ...system(req),
    })
  // Older old URLs of this article now lead to the new slug: renew them wherever they are cached.
  const older = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ to: { equals: doc.id } }, { from: { not_equals: before } }] },
    limit: 100,
    pagination: false,
    select: { from: true },
    ...system(req),
  })
  if (older.docs.length)
    await revalidateRedirectSources(
      older.docs.map((redirect) => redirect.from),
      req,
    )
  return doc
}

/** An article's redirects go with it (their `to` is required). */
export const deleteRedirectsToArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'redirects',
    where: { to: { equals: id } },
    ...system(req),
  })
}
