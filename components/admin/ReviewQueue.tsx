import type { ServerProps, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isContributor, isStaff } from '@/collections/access'
import type { TNewsroomKey } from '@/lib/admin/i18n'

const t = (key: TNewsroomKey) => key as never

/** More than a desk reviews in one sitting; the count above the list is the whole number. */
const LIST_LIMIT = 50

type TQueueItem = { id: number | string; title?: string | null; byline?: string | null }

/**
 * Above the admin dashboard: for editors and admins the 待审核 list (count and a link to each
 * article, the longest waiting first), for a contributor their drafts an editor returned. Read as
 * the signed-in user, so each sees only what the articles' rules let them (latest versions).
 */
export async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  const staff = isStaff(user)
  if (!user || (!staff && !isContributor(user))) return null
  const reviewState: Where = { reviewState: { equals: staff ? 'submitted' : 'returned' } }
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    draft: true,
    where: reviewState,
    sort: staff ? 'updatedAt' : '-updatedAt',
    limit: LIST_LIMIT,
    depth: 0,
    select: { title: true, byline: true },
    overrideAccess: false,
    user,
  })
  if (!staff && totalDocs === 0) return null

  const title = i18n.t(t(staff ? 'newsroom:reviewQueueTitle' : 'newsroom:reviewReturnedTitle'))
  const adminRoute = payload.config.routes.admin
  return (
    <section className="review-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>
        {title} <span className="review-queue__count">({totalDocs})</span>
      </h2>
      {totalDocs === 0 ? (
        <p>{i18n.t(t('newsroom:reviewQueueEmpty'))}</p>
      ) : (
        <ul>
          {(docs as TQueueItem[]).map((doc) => (
            <li key={String(doc.id)}>
              <a href={formatAdminURL({ adminRoute, path: `/collections/articles/${doc.id}` })}>
                {doc.title || i18n.t(t('newsroom:reviewUntitled'))}
              </a>
              {doc.byline ? ` · ${doc.byline}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
