import type { PayloadRequest } from 'payload'

import { actorOfRequest, recordAuditEvent } from './record'

/**
 * 提交审核 and 退回 in the audit log (endpoints/articles/review.ts), with the 退回 note: it is what
 * the author was told, and the article keeps it only until the next submission.
 */
export async function recordArticleReview(
  req: PayloadRequest,
  review: {
    id: number | string
    slug?: string | null
    action: 'submit' | 'return'
    note: string | null
  },
): Promise<void> {
  await recordAuditEvent(
    req,
    {
      action: review.action === 'submit' ? 'article.submitted' : 'article.returned',
      actor: actorOfRequest(req),
      target: { collection: 'articles', id: review.id, label: review.slug ?? undefined },
      details: review.note ? { note: review.note } : undefined,
    },
    { inTransaction: false },
  )
}
