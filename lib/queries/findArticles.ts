import type { Payload, TypedUser, Where } from 'payload'

import { CARD_POPULATE, type TArticleCard } from './cards'
import { findCards } from './findCards'
import type { TTab } from './findTags'
import { documentIds } from '@/lib/db/documentId'

export const RELATED_LIMIT = 6

/** One article by slug. Drafts only for a staff user in draft mode; otherwise published only. */
export async function findArticleBySlug({
  payload,
  slug,
  draftFor,
}: {
  payload: Payload
  slug: string
  draftFor?: TypedUser | null
}) {
  const result = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    draft: Boolean(draftFor),
    populate: CARD_POPULATE,
    overrideAccess: false,
    user: draftFor ?? undefined,
  })
  return result.docs[0] ?? null
}

/**
 * 更多新闻: newest articles sharing a tag with this one, then the newest overall; never the article
 * itself, never drafts (access rules apply as for an anonymous reader).
 */
export async function findRelatedArticles({
  payload,
  articleId,
  tagIds,
  limit = RELATED_LIMIT,
  knownTags,
}: {
  payload: Payload
  articleId: string
  tagIds: string[]
  limit?: number
  /** The category tabs, if the caller has them: the cards' tags are taken from there. */
  knownTags?: TTab[]
}): Promise<TArticleCard[]> {
  const exclude = documentIds([articleId], payload)
  const query = async (extra: Where, count: number) =>
    count <= 0
      ? []
      : (
          await findCards({
            payload,
            knownTags,
            where: { and: [{ publishedAt: { exists: true } }, { id: { not_in: exclude } }, extra] },
            sort: ['-publishedAt', '-id'],
            limit: count,
            pagination: false,
          })
        ).cards
  const sharingTags = tagIds.length
    ? await query({ tags: { in: documentIds(tagIds, payload) } }, limit)
    : []
  exclude.push(
    ...documentIds(
      sharingTags.map((card) => card.id),
      payload,
    ),
  )
  const newest = await query({}, limit - sharingTags.length)
  return [...sharingTags, ...newest]
}
