import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isContributor, isNewsroom, isStaff, userOf } from '@/collections/access'
import { readJsonBody } from '@/endpoints/readJsonBody'
import { privateAnswers } from '@/endpoints/respond'
import { recordArticleReview } from '@/lib/audit/reviewEvents'
import { documentId, sameId } from '@/lib/db/documentId'
import {
  REVIEW_NOTE_MAX,
  reviewTransition,
  type TReviewArticle,
  type TReviewer,
  type TReviewState,
} from '@/lib/review/states'

/** `{"action":"return","note":…}` with the longest note, in JSON escapes, fits in this. */
const MAX_BODY_CHARACTERS = REVIEW_NOTE_MAX * 6 + 200

const NOTE_MESSAGE = `退回须附说明(1–${REVIEW_NOTE_MAX} 字) / a return needs a note of 1–${REVIEW_NOTE_MAX} characters`

const ZReviewBodySchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ action: z.literal('submit') }),
    z.strictObject({
      action: z.literal('return'),
      note: z
        .string({ error: NOTE_MESSAGE })
        .trim()
        .min(1, { error: NOTE_MESSAGE })
        .max(REVIEW_NOTE_MAX, { error: NOTE_MESSAGE }),
    }),
  ],
  {
    error: () =>
      'action 须为 "submit"(提交审核)或 "return"(退回) / action must be "submit" or "return"',
  },
)

/** The article as the asker may see it (their own draft, or anything for staff); null if not. */
async function findVisibleArticle(req: PayloadRequest) {
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' ? documentId(raw, req.payload) : null
  if (id === null) return null
  return req.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    select: { authors: true, _status: true, reviewState: true, slug: true },
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
}

/**
 * POST /api/articles/:id/review {"action":"submit"} | {"action":"return","note":"…"}: 提交审核 by
 * one of the article's authors (a contributor) or staff, 退回 with a note by editors and admins. The
 * review fields are closed to every save (collections/Articles/reviewFields.ts), so the change is
 * written as the system here, after these checks, as a new draft version. CSRF: Payload honours
 * the login cookie only with the site's own Origin (config `csrf`).
 */
export const articleReviewEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return privateAnswers.notLoggedIn()
    if (!isNewsroom(user)) return privateAnswers.error(403, '仅限编辑部 / newsroom only')
    const body = await readJsonBody(req, { maxCharacters: MAX_BODY_CHARACTERS })
    if (!body.ok) return privateAnswers.badRequest(body.error)
    const parsed = privateAnswers.parse(ZReviewBodySchema, body.value)
    if (!parsed.ok) return parsed.response

    const article = await findVisibleArticle(req)
    if (!article) return privateAnswers.notFound('文章不存在 / no such article')
    const asker: TReviewer = isStaff(user)
      ? 'staff'
      : isContributor(user) && (article.authors ?? []).some((author) => sameId(author, user.id))
        ? 'author'
        : 'other'
    const current: TReviewArticle = {
      status: article._status === 'published' ? 'published' : 'draft',
      state: (article.reviewState as TReviewState | null | undefined) ?? null,
    }
    const outcome = reviewTransition(current, parsed.data, asker)
    if (!outcome.ok) return privateAnswers.error(outcome.status, outcome.error)

    await req.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      depth: 0,
      data: { reviewState: outcome.reviewState, reviewNote: outcome.reviewNote },
      overrideAccess: true,
      req,
    })
    await recordArticleReview(req, {
      id: article.id,
      slug: article.slug,
      action: parsed.data.action,
      note: outcome.reviewNote,
    })
    return privateAnswers.json({
      id: article.id,
      reviewState: outcome.reviewState,
      reviewNote: outcome.reviewNote,
    })
  },
}
