import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isContributor, userOf } from '@/collections/access'

export const CONTRIBUTORS_CANNOT_PUBLISH =
  '撰稿人不能发布文章,请提交审核 / contributors cannot publish: submit the article for review'

/**
 * A contributor's save always leaves a draft of their own. The access rules refuse a body that
 * asks to publish; this also catches a save whose resulting status would be published without
 * saying so (no `_status` in the body), whatever the path (REST, GraphQL, a restored version, a
 * scheduled job run as the contributor), and keeps the contributor the author of what they create.
 */
export const keepContributorsToDrafts: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  if (!user || !isContributor(user)) return data
  const status = data._status ?? (originalDoc as { _status?: unknown } | undefined)?._status
  if (status === 'published') throw new APIError(CONTRIBUTORS_CANNOT_PUBLISH, 403, undefined, true)
  return operation === 'create' ? { ...data, author: user.id } : data
}
