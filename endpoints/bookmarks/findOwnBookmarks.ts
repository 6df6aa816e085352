import type { PayloadRequest, TypedUser } from 'payload'

import type { TDocumentId } from '@/lib/db/documentId'

/**
 * The signed-in user's bookmarks of these articles, ids only. Scoped to the user's own rows even
 * for admins, whose read access covers everyone's.
 */
export async function findOwnBookmarks(
  req: PayloadRequest,
  user: TypedUser,
  articleIds: TDocumentId[],
): Promise<{ article: TDocumentId; bookmark: TDocumentId }[]> {
  const found = await req.payload.find({
    collection: 'bookmarks',
    where: { and: [{ user: { equals: user.id } }, { article: { in: articleIds } }] },
    limit: articleIds.length,
    depth: 0,
    pagination: false,
    select: { article: true },
    overrideAccess: false,
    user,
    req,
  })
  return found.docs.map((doc) => ({
    article: typeof doc.article === 'object' ? doc.article.id : doc.article,
    bookmark: doc.id,
  }))
}
