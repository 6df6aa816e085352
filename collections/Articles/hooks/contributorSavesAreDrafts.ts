import type { CollectionBeforeOperationHook } from 'payload'

import { isContributor, userOf } from '@/collections/access'

/**
 * A contributor's every save is a draft save: it adds a version and never writes the live
 * document. The access rules already refuse a save that asks to publish; without this, a save
 * without `?draft=true` over a draft that an editor had saved on top of the contributor's
 * published article would write that draft to the live document and take the article offline.
 */
export const contributorSavesAreDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  const saves =
    operation === 'update' || operation === 'updateByID' || operation === 'restoreVersion'
  return saves && isContributor(userOf(req)) ? { ...args, draft: true } : args
}
