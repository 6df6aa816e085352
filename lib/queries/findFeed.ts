import type { Payload, Where } from 'payload'

import { documentId, documentIds } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import { cardReadsOf } from './cardReads'
import type { TArticleCard, TFeedRowsQuery, TTab } from './cards'
import { encodeCursor, type TFeedCursor } from './cursor'
import { findCards } from './findCards'

export const FEED_PAGE_SIZE = 20

/**
 * The deepest numbered page (`?page=N`) served: the newest 2,000 articles of a feed. A numbered
 * page skips (N - 1) × 20 articles and counts the feed, so its cost grows with N (at 100,000
 * articles page 100 of a tag skips ~13,000 index entries); beyond this it is a 404. Readers go
 * deeper with 加载更多 (cursor paging, as fast at any depth) and crawlers through the sitemaps.
 */
export const MAX_FEED_PAGE = 100

export type TFeedPage = { items: TArticleCard[]; nextCursor: string | null }

type TFeedOptions = {
  payload: Payload
  /** The edition (English: only articles written in English). */
  locale: TLocale
  /** A tag id to filter by; omitted for 全部. */
  tagId?: number | string
  /** Only articles linked to one of these coins (自选资讯, coin pages). */
  coinIds?: (number | string)[]
  cursor?: TFeedCursor
  limit?: number
  /** The category tabs, if the caller has them: the cards' tags are taken from there. */
  knownTags?: TTab[]
  /** Read only through Payload's adapter API (see findCards). */
  portable?: boolean
}

/**
 * Everything published strictly before the cursor, in feed order (publishedAt, then id). Written
 * as `publishedAt <= t AND (publishedAt < t OR id < i)` rather than `publishedAt < t OR (= t AND
 * id < i)`: the same rows, but the leading range lets SQLite walk its (_status, publishedAt) index
 * in order from the cursor instead of splitting the OR into two index searches and sorting what
 * they return. On MongoDB the leading range bounds the index scan the same way.
 */
export function beforeCursor(payload: Payload, cursor: TFeedCursor): Where {
  const at = cursor.publishedAt.toISOString()
  const id = documentId(cursor.id, payload)
  // A hand-made cursor naming an id no document can have: only the publish time places it.
  if (id === null) return { publishedAt: { less_than: at } }
  return {
    and: [
      { publishedAt: { less_than_equal: at } },
      { or: [{ publishedAt: { less_than: at } }, { id: { less_than: id } }] },
    ],
  }
}

/** The page as any list of cards is read (findCards): where the reads have no statement of their own. */
async function findFeedCards({
  payload,
  locale,
  tagId,
  coinIds,
  cursor,
  limit,
  knownTags,
  portable,
}: TFeedOptions) {
  const conditions: Where[] = [{ publishedAt: { exists: true } }]
  if (tagId !== undefined) conditions.push({ tags: { in: documentIds([tagId], payload) } })
  if (coinIds) conditions.push({ coins: { in: documentIds(coinIds, payload) } })
  if (cursor) conditions.push(beforeCursor(payload, cursor))
  const { cards } = await findCards({
    payload,
    locale,
    knownTags,
    portable,
    where: { and: conditions },
    sort: ['-publishedAt', '-id'],
    limit: limit ?? FEED_PAGE_SIZE,
    pagination: false,
  })
  return cards
}

/**
 * One page of the feed, newest first, as an anonymous reader sees it (access rules applied, so
 * only published articles). Reads one row more than it shows to learn whether there is a next page.
 */
export async function findFeedPage({
  payload,
  locale,
  tagId,
  coinIds,
  cursor,
  limit = FEED_PAGE_SIZE,
  knownTags,
  portable,
}: TFeedOptions): Promise<TFeedPage> {
  if (coinIds && documentIds(coinIds, payload).length === 0) return { items: [], nextCursor: null }
  const query: TFeedRowsQuery = { locale, tagId, coinIds, cursor, limit: limit + 1 }
  const reads = await cardReadsOf(payload, { portable })
  const rows = await reads.feedRows(query)
  const cards = rows
    ? await reads.toCards(rows, { locale, knownTags })
    : await findFeedCards({ payload, ...query, knownTags, portable })
  return pageOf(cards, limit)
}

/** The first `limit` cards of one read of limit + 1, and the cursor after them if there are more. */
function pageOf(cards: TArticleCard[], limit: number): TFeedPage {
  const items = cards.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: cards.length > limit && last ? encodeCursor(last) : null }
}

/**
 * A page of published cards that also match `conditions`, newest first, after `cursor`: for the
 * lists the feed's own statement does not cover (an author's articles, the content API's author
 * and time filters). Read through findCards as a visitor, so drafts stay out.
 */
export async function findCardPageWhere({
  payload,
  locale,
  knownTags,
  conditions,
  cursor,
  limit,
}: {
  payload: Payload
  locale: TLocale
  knownTags?: TTab[]
  conditions: Where[]
  cursor?: TFeedCursor
  limit: number
}): Promise<TFeedPage> {
  const where: Where[] = [{ publishedAt: { exists: true } }, ...conditions]
  if (cursor) where.push(beforeCursor(payload, cursor))
  const { cards } = await findCards({
    payload,
    locale,
    knownTags,
    where: { and: where },
    sort: ['-publishedAt', '-id'],
    limit: limit + 1,
    pagination: false,
  })
  return pageOf(cards, limit)
}

/**
 * Numbered pages (`?page=N`) for old links and crawlers; the portal itself pages by cursor. Pages
 * past MAX_FEED_PAGE come back empty without a query (the page answers 404), and `totalPages` stops
 * there, so no link leads past it.
 */
export async function findFeedPageByNumber({
  payload,
  locale,
  tagId,
  page,
  knownTags,
  portable,
}: Omit<TFeedOptions, 'cursor' | 'limit'> & { page: number }) {
  if (page > MAX_FEED_PAGE) return { items: [], totalPages: MAX_FEED_PAGE, page }
  const where: Where = tagId !== undefined ? { tags: { in: documentIds([tagId], payload) } } : {}
  const result = await findCards({
    payload,
    locale,
    knownTags,
    portable,
    where: { and: [{ publishedAt: { exists: true } }, where] },
    sort: ['-publishedAt', '-id'],
    limit: FEED_PAGE_SIZE,
    page,
  })
  const totalPages = Math.min(result.totalPages, MAX_FEED_PAGE)
  return { items: result.cards, totalPages, page }
}
