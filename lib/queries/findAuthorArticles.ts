import type { Payload } from 'payload'

import { documentId } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import type { TFeedCursor } from './cursor'
import { FEED_PAGE_SIZE, findCardPageWhere, type TFeedPage } from './findFeed'
import { inEdition } from './editions'
import type { TTab } from './findTags'
import { findAsVisitor } from './readAsVisitor'

/**
 * An author's published articles in an edition, newest first, paged by cursor like the feed.
 * Read through the adapter as a visitor (findCards: the articles' read rule applies, drafts stay
 * out); the `authors` condition (any of them) is the database's, since the field itself is
 * staff-only to read.
 */
export async function findAuthorArticles({
  payload,
  locale,
  authorId,
  cursor,
  knownTags,
  limit = FEED_PAGE_SIZE,
}: {
  payload: Payload
  locale: TLocale
  authorId: string
  cursor?: TFeedCursor
  knownTags?: TTab[]
  limit?: number
}): Promise<TFeedPage> {
  const author = documentId(authorId, payload)
  if (author === null) return { items: [], nextCursor: null }
  return findCardPageWhere({
    payload,
    locale,
    knownTags,
    conditions: [{ authors: { in: [author] } }],
    cursor,
    limit,
  })
}

/**
 * Whether a cursor names one of the author's published articles in the edition at exactly its
 * publish time, as the author page's own 更早 link does; a page after any other cursor is not
 * found, so made-up cursors leave nothing in the cache.
 */
export async function cursorNamesAuthorArticle(options: {
  payload: Payload
  authorId: string
  cursor: TFeedCursor
  locale: TLocale
}): Promise<boolean> {
  const { payload, cursor, locale } = options
  const id = documentId(cursor.id, payload)
  const author = documentId(options.authorId, payload)
  if (id === null || author === null) return false
  const { docs } = await findAsVisitor(payload, 'articles', {
    where: inEdition(locale, [
      { id: { equals: id } },
      { authors: { in: [author] } },
      { publishedAt: { equals: cursor.publishedAt.toISOString() } },
    ]),
    locale,
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs.length > 0
}
