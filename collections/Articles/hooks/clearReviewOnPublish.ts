import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Publishing ends the review: the article leaves the 待审核 list and a 退回 note is gone. Runs after
 * the field rules, which keep every save but this one from touching the review fields.
 */
export const clearReviewOnPublish: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data._status ?? (originalDoc as { _status?: unknown } | undefined)?._status
  return status === 'published' ? { ...data, reviewState: null, reviewNote: null } : data
}
