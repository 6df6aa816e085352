import type { CollectionBeforeChangeHook } from 'payload'

import { isNewsroom } from '@/collections/access'

/**
 * Readers may not read user accounts, so the name shown under the title is stored on the article.
 * An editor may type a byline; otherwise the author's display name is used, and only a newsroom
 * author's (staff or contributor): drafts skip validation, so a reader named as author must not
 * reach the byline either.
 */
export const fillByline: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (typeof data.byline === 'string' && data.byline.trim()) return data
  const authorId =
    data.author && typeof data.author === 'object'
      ? (data.author as { id: unknown }).id
      : data.author
  if (authorId === undefined || authorId === null) return data
  // Server-side lookup of one display name: the editor saving may not read every account.
  const author = await req.payload
    .findByID({
      collection: 'users',
      id: authorId as number | string,
      depth: 0,
      select: { displayName: true, roles: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  return author && isNewsroom(author) ? { ...data, byline: author.displayName } : data
}
