/**
 * The review workflow beside Payload's draft/published status (docs/editors.md#审核流程):
 * 草稿 (no review state) → 待审核 (`submitted`) → 已发布 (Payload's publish), or 退回 (`returned`,
 * with a note for the author) → edited and submitted again. Publishing clears the state.
 */
export const REVIEW_STATES = ['submitted', 'returned'] as const
export type TReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<TReviewState, { zh: string; en: string }> = {
  submitted: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '已退回', en: 'Returned' },
}

/** The longest 退回 note: a few paragraphs of what to change, never a second article. */
export const REVIEW_NOTE_MAX = 1000

export type TReviewAction = { action: 'submit' } | { action: 'return'; note: string }

/** Who asks, as the workflow sees them. */
export type TReviewer = 'staff' | 'author' | 'other'

export type TReviewArticle = { status: 'draft' | 'published'; state: TReviewState | null }

export type TReviewOutcome =
  | { ok: true; reviewState: TReviewState; reviewNote: string | null }
  | { ok: false; status: 403 | 409; error: string }

/**
 * What an action does to an article, or why it is refused. Its authors (contributors) and staff
 * submit a draft that is not already waiting; only staff return a waiting one, with a note.
 */
export function reviewTransition(
  article: TReviewArticle,
  action: TReviewAction,
  asker: TReviewer,
): TReviewOutcome {
  if (action.action === 'submit') {
    if (asker === 'other')
      return { ok: false, status: 403, error: '只有作者可以提交审核 / only the author can submit' }
    if (article.status === 'published')
      return {
        ok: false,
        status: 409,
        error: '文章已发布,无需审核 / the article is published already',
      }
    if (article.state === 'submitted')
      return { ok: false, status: 409, error: '文章已在待审核中 / already awaiting review' }
    return { ok: true, reviewState: 'submitted', reviewNote: null }
  }
  if (asker !== 'staff')
    return {
      ok: false,
      status: 403,
      error: '只有编辑可以退回 / only editors can return an article',
    }
  if (article.state !== 'submitted')
    return {
      ok: false,
      status: 409,
      error: '文章不在待审核中 / the article is not awaiting review',
    }
  return { ok: true, reviewState: 'returned', reviewNote: action.note }
}
