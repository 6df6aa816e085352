import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isNewsroom } from '@/collections/access'
import { authorIdsOf } from '@/collections/Articles/validateStaffAuthors'
import { joinAuthorNames } from '@/lib/authors/byline'
import { documentIds } from '@/lib/db/documentId'

/** The newsroom authors' display names, in the authors' order; other accounts are left out. */
async function authorNames(value: unknown, req: PayloadRequest): Promise<string[]> {
  const ids = documentIds(
    authorIdsOf(value).filter((id) => typeof id === 'number' || typeof id === 'string'),
    req.payload,
  )
  if (ids.length === 0) return []
  // Server-side lookup of display names: the editor saving may not read every account.
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { displayName: true, roles: true },
    overrideAccess: true,
    req,
  })
  const nameById = new Map(
    docs.flatMap((account) =>
      isNewsroom(account) && account.displayName?.trim()
        ? [[String(account.id), account.displayName.trim()] as const]
        : [],
    ),
  )
  return ids.flatMap((id) => nameById.get(String(id)) ?? [])
}

/**
 * Readers may not read user accounts, so the names shown under the title are stored on the
 * article. An editor may type a byline; otherwise the authors' display names are used in order,
 * joined by 、, and only newsroom authors' (staff or contributors): drafts skip validation, so a
 * reader named as author must not reach the byline either. A byline that is exactly the names the
 * previous authors gave follows the authors when they change; a typed one stays.
 */
export const fillByline: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const byline = data.byline === undefined ? originalDoc?.byline : data.byline
  const typed = typeof byline === 'string' ? byline.trim() : ''
  if (typed) {
    if (data.authors === undefined) return data
    const previousNames = joinAuthorNames(await authorNames(originalDoc?.authors, req))
    if (typed !== previousNames) return data
  }
  const authors = data.authors === undefined ? originalDoc?.authors : data.authors
  const names = await authorNames(authors, req)
  return names.length ? { ...data, byline: joinAuthorNames(names) } : data
}
