import type { Payload } from 'payload'

import { documentId } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import type { TFeedCursor } from './cursor'
import { inEdition } from './editions'
import { findAsVisitor } from './readAsVisitor'

/**
 * Whether a feed cursor names a published article at exactly its publish time, as every cursor
 * the portal itself writes does (encodeCursor). Anything else was made by hand: a time in the
 * future, a made-up id. Such a page is still answered where it is cheap, but never cached, since
 * there is no end to the cursors a stranger can make up. In English the article must be in the
 * English edition, as every cursor of its pages is.
 */
export async function cursorNamesArticle(
  payload: Payload,
  cursor: TFeedCursor,
  locale: TLocale,
): Promise<boolean> {
  const id = documentId(cursor.id, payload)
  if (id === null) return false
  const { docs } = await findAsVisitor(payload, 'articles', {
    where: inEdition(locale, [
      { id: { equals: id } },
      { publishedAt: { equals: cursor.publishedAt.toISOString() } },
    ]),
    locale,
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs.length > 0
}
