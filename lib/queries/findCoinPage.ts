import type { Payload } from 'payload'
import { z } from 'zod'

import { documentIds } from '@/lib/db/documentId'
import type { TLocale } from '@/lib/i18n/locales'
import { MARKET_DATA_ID } from '@/endpoints/coins/marketDataId'
import { imageOf, type TImage, type TTab } from './cards'
import { encodeCursor, type TFeedCursor } from './cursor'
import { coinNameZhIn, inEdition } from './editions'
import { findFeedPage, type TFeedPage } from './findFeed'
import { cursorNamesFlash, findLinkedFlashes, type TFlashPage } from './findFlashes'
import { findAsVisitor } from './readAsVisitor'

/** A coin page's address segment: a provider id as the collection stores it. */
export const ZMarketDataIdSchema = z.string().max(100).regex(MARKET_DATA_ID, 'malformed coin id')

/**
 * What a coin page shows of the coin itself. Figures (price, rank, 24h …) are not here: they
 * come as JSON after load (GET /api/coins/quotes), so a price refresh never expires the page.
 */
export type TCoinProfile = {
  id: string
  symbol: string
  name: string
  /** The Chinese name in the edition (繁體 in zh-TW); null in English or when there is none. */
  nameZh: string | null
  marketDataId: string
  logo: TImage | null
}

/** The coin with this provider id, as a visitor may read it, or null. */
export async function findCoinProfile(
  payload: Payload,
  marketDataId: string,
  locale: TLocale,
): Promise<TCoinProfile | null> {
  const { docs } = await payload.find({
    collection: 'coins',
    where: { marketDataId: { equals: marketDataId } },
    limit: 1,
    pagination: false,
    depth: 1,
    select: { symbol: true, name: true, nameZh: true, marketDataId: true, logo: true },
    overrideAccess: false,
  })
  const coin = docs[0]
  if (!coin) return null
  return {
    id: String(coin.id),
    symbol: coin.symbol,
    name: coin.name,
    nameZh: coinNameZhIn(locale, coin.nameZh),
    marketDataId: coin.marketDataId,
    logo: imageOf(coin.logo, 'thumbnail'),
  }
}

/**
 * One page of the articles linked to a coin, newest first (publishedAt, then id, as the feeds),
 * strictly after the cursor: the feed's read narrowed to one coin (on SQLite one statement that
 * walks the coin's links or the publish index, whichever is shorter).
 */
export const findCoinArticlesPage = ({
  coinId,
  ...options
}: {
  payload: Payload
  locale: TLocale
  coinId: string
  cursor?: TFeedCursor
  knownTags?: TTab[]
  limit?: number
}): Promise<TFeedPage> => findFeedPage({ ...options, coinIds: [coinId] })

/**
 * Whether a cursor names a published article of the edition linked to this coin, at exactly its
 * publish time: every cursor a coin page writes does. Pages after any other cursor are not found.
 */
export async function cursorNamesCoinArticle(
  payload: Payload,
  { coinId, cursor, locale }: { coinId: string; cursor: TFeedCursor; locale: TLocale },
): Promise<boolean> {
  const [id] = documentIds([cursor.id], payload)
  if (id === undefined) return false
  const { docs } = await findAsVisitor(payload, 'articles', {
    where: inEdition(locale, [
      { id: { equals: id } },
      { publishedAt: { equals: cursor.publishedAt.toISOString() } },
      { coins: { in: documentIds([coinId], payload) } },
    ]),
    locale,
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs.length > 0
}

/** How many of a coin's newest 快讯 its page lists; 更多快讯 leads to the rest (/coins/<id>/flash). */
export const COIN_PAGE_FLASHES = 10

/** How many 快讯 a page of a coin's 快讯 (/coins/<id>/flash and its later pages) lists. */
export const COIN_FLASH_PAGE_SIZE = 20

/**
 * One page of the 快讯 linked to a coin, newest first (publishedAt, then id, as the timeline),
 * strictly after the cursor, and the cursor of the next page (null at the end). The read is
 * findLinkedFlashes' (on SQLite one statement for the page's ids), asked for one more than the
 * page to know whether there is a next one.
 */
export async function findCoinFlashPage({
  payload,
  locale,
  coinId,
  cursor,
  limit = COIN_FLASH_PAGE_SIZE,
}: {
  payload: Payload
  locale: TLocale
  coinId: string
  cursor?: TFeedCursor
  limit?: number
}): Promise<TFlashPage> {
  const rows = await findLinkedFlashes(payload, {
    locale,
    coinIds: [coinId],
    before: cursor,
    limit: limit + 1,
  })
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}

/** The coin page's 快讯: the newest few, with a next cursor when there are more (更多快讯). */
export const findCoinFlashes = (payload: Payload, coinId: string, locale: TLocale) =>
  findCoinFlashPage({ payload, locale, coinId, limit: COIN_PAGE_FLASHES })

/**
 * Whether a cursor names a published 快讯 of the edition linked to this coin, at exactly its
 * publish time: every cursor a page of the coin's 快讯 writes does. Pages after any other cursor
 * (made up, another coin's 快讯, an article's) are not found.
 */
export const cursorNamesCoinFlash = (
  payload: Payload,
  { coinId, cursor, locale }: { coinId: string; cursor: TFeedCursor; locale: TLocale },
): Promise<boolean> => cursorNamesFlash(payload, cursor, locale, { coinId })
