import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { documentId, idOfRelation as idOf } from '@/lib/db/documentId'

/**
 * A clear message beats the database's unique-index error, and a reader must not be able to
 * bookmark (and so learn of) a draft. The unique index stays as the backstop for races.
 */
export const refuseDuplicateOrHiddenBookmark: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const articleId = idOf(data.article)
  // The field's own `required` check comes after this hook, which would ask for no article.
  if (articleId === null || documentId(articleId, req.payload) === null) {
    throw new ValidationError({
      collection: 'bookmarks',
      errors: [{ path: 'article', message: '请指定要收藏的文章 / article must be an article id' }],
    })
  }
  const userId = idOf(data.user)
  if (req.user) {
    const article = await req.payload.findByID({
      collection: 'articles',
      id: articleId,
      depth: 0,
      select: { title: true },
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!article) {
      throw new ValidationError({
        collection: 'bookmarks',
        errors: [{ path: 'article', message: '文章不存在或未发布 / no such published article' }],
      })
    }
  }
  const existing = await req.payload.count({
    collection: 'bookmarks',
    where: { and: [{ user: { equals: userId } }, { article: { equals: articleId } }] },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) {
    throw new ValidationError({
      collection: 'bookmarks',
      errors: [{ path: 'article', message: '已收藏过这篇文章 / already bookmarked' }],
    })
  }
  return data
}
