import type { Payload } from 'payload'
import { z } from 'zod'

import { flashHeadline } from '@/lib/flash/headline'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TCoinRef } from './cards'
import { encodeCursor, ZCursorSchema } from './cursor'
import { findFeedPage } from './findFeed'
import { findLinkedFlashes } from './findFlashes'

/**
 * Articles and 快讯 linked to a set of coins, in one timeline, newest first (自选资讯: the coins of
 * a reader's watchlist). Each source is read a page at a time from its own position and the two
 * are merged; the cursor names the last item shown, kind included, so paging never repeats or
 * skips an item, also where an article and a flash share a publish time (articles come first).
 */

export type TCoinNewsKind = 'article' | 'flash'

export type TCoinNewsItem = {
  kind: TCoinNewsKind
  id: string
  title: string
  href: string
  publishedAt: string
  /** The item's coins among those asked for: why it is in the list. */
  coins: TCoinRef[]
}

export type TCoinNewsPage = { items: TCoinNewsItem[]; nextCursor: string | null }

export type TCoinNewsCursor = { publishedAt: Date; kind: TCoinNewsKind; id: string }

export const COIN_NEWS_PAGE_SIZE = 20

const KIND_LETTER = { article: 'a', flash: 'f' } as const satisfies Record<TCoinNewsKind, string>

/** A feed cursor whose id carries the kind: `<ms base36>-a123` (an article) or `-f45` (a 快讯). */
export const ZCoinNewsCursor = ZCursorSchema.transform((cursor, context): TCoinNewsCursor => {
  const match = /^([af])(.+)$/.exec(cursor.id)
  if (!match) {
    context.addIssue({ code: 'custom', message: 'malformed cursor' })
    return z.NEVER
  }
  return {
    publishedAt: cursor.publishedAt,
    kind: match[1] === 'a' ? 'article' : 'flash',
    id: match[2]!,
  }
})

export const encodeCoinNewsCursor = (item: TCoinNewsItem): string | null =>
  encodeCursor({ publishedAt: item.publishedAt, id: `${KIND_LETTER[item.kind]}${item.id}` })

/** Newest first; at one time articles before 快讯, then the higher id first. */
function compareNewestFirst(a: TCoinNewsItem, b: TCoinNewsItem): number {
  const time = Date.parse(b.publishedAt) - Date.parse(a.publishedAt)
  if (time !== 0) return time
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1
  return Number(b.id) - Number(a.id) || b.id.localeCompare(a.id)
}

/**
 * Where each source continues after the cursor. After an article at time t: articles before it
 * (time, then id), 快讯 at or before t. After a 快讯: articles strictly before t (id '0' sorts
 * before every id, and on MongoDB names none, which leaves the time alone), 快讯 before it.
 */
function positionsAfter(cursor: TCoinNewsCursor | undefined) {
  if (!cursor) return { articles: undefined, flashes: undefined }
  const { publishedAt, kind, id } = cursor
  return kind === 'article'
    ? { articles: { publishedAt, id }, flashes: { publishedAt } }
    : { articles: { publishedAt, id: '0' }, flashes: { publishedAt, id } }
}

export async function findCoinNews({
  payload,
  locale,
  coinIds,
  cursor,
  limit = COIN_NEWS_PAGE_SIZE,
  portable,
}: {
  payload: Payload
  locale: TLocale
  coinIds: (number | string)[]
  cursor?: TCoinNewsCursor
  limit?: number
  portable?: boolean
}): Promise<TCoinNewsPage> {
  if (coinIds.length === 0) return { items: [], nextCursor: null }
  const asked = new Set(coinIds.map(String))
  const matched = (coins: TCoinRef[]) => coins.filter((coin) => asked.has(coin.id))
  const after = positionsAfter(cursor)
  const [articles, flashes] = await Promise.all([
    findFeedPage({ payload, locale, coinIds, cursor: after.articles, limit, portable }),
    findLinkedFlashes(
      payload,
      { locale, coinIds, before: after.flashes, limit: limit + 1 },
      { portable },
    ),
  ])
  const merged: TCoinNewsItem[] = [
    ...articles.items.flatMap((card) =>
      card.publishedAt
        ? [
            {
              kind: 'article' as const,
              id: card.id,
              title: card.title,
              href: localizedPath(locale, `/articles/${card.slug}`),
              publishedAt: card.publishedAt,
              coins: matched(card.coins),
            },
          ]
        : [],
    ),
    ...flashes.flatMap((flash) =>
      flash.publishedAt
        ? [
            {
              kind: 'flash' as const,
              id: flash.id,
              title: flashHeadline(flash),
              href: localizedPath(locale, `/flash/${flash.id}`),
              publishedAt: flash.publishedAt,
              coins: matched(flash.coins),
            },
          ]
        : [],
    ),
  ].sort(compareNewestFirst)
  const items = merged.slice(0, limit)
  const last = items.at(-1)
  // More exists if either source had more than this page took from it.
  const more = merged.length > limit || articles.nextCursor !== null
  return { items, nextCursor: more && last ? encodeCoinNewsCursor(last) : null }
}
