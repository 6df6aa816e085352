import type { PayloadRequest } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'
import type { Article, Coin, Media, Tag } from '@/payload-types'
import type { TFeedCursor } from './cursor'

/** What a list item needs; plain data so a client component can render more of them. */
export type TArticleCard = {
  id: string
  slug: string
  title: string
  summary: string
  publishedAt: string | null
  featured: boolean
  cover: TImage | null
  tags: { name: string; slug: string }[]
  coins: TCoinRef[]
}

export type TImage = { url: string; alt: string; width: number; height: number }
/** `name` is the coin's English name in every edition; `nameZh` its Chinese one (none in English). */
export type TCoinRef = {
  id: string
  symbol: string
  name: string
  nameZh: string | null
  marketDataId: string
}

/** Fields and populated relations a card reads: nothing else leaves the database. */
export const CARD_SELECT = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  featured: true,
  cover: true,
  tags: true,
  coins: true,
} as const

export const CARD_POPULATE = {
  tags: { name: true, slug: true },
  coins: { symbol: true, name: true, nameZh: true, marketDataId: true },
  // filename: Payload derives `url` from it; without it an image too small for a size has no URL.
  media: { url: true, filename: true, alt: true, width: true, height: true, sizes: true },
} as const

const isObject = <T>(value: unknown): value is T => typeof value === 'object' && value !== null

/**
 * Payload prefixes uploads with its serverURL; our own files are served from this same origin, so
 * the path alone lets next/image optimise them as local images behind any host name.
 */
const LOCAL_MEDIA = /^https?:\/\/[^/]+(?=\/api\/media\/)/

export function imageOf(media: unknown, size?: 'card' | 'thumbnail' | 'article'): TImage | null {
  if (!isObject<Media>(media)) return null
  const sized = size ? media.sizes?.[size] : undefined
  const url = (sized?.url ?? media.url)?.replace(LOCAL_MEDIA, '')
  if (!url) return null
  return {
    url,
    alt: media.alt ?? '',
    width: sized?.width ?? media.width ?? 1200,
    height: sized?.height ?? media.height ?? 675,
  }
}

/** A coin as read, its Chinese name already in the edition (editions.ts: coinNameZhIn). */
export function coinRefOf(coin: unknown): TCoinRef | null {
  if (!isObject<Coin>(coin)) return null
  return {
    id: String(coin.id),
    symbol: coin.symbol,
    name: coin.name,
    nameZh: coin.nameZh ?? null,
    marketDataId: coin.marketDataId,
  }
}

/** A tag as read, its name already in the edition (editions.ts: tagNameIn). */
export function tagRefOf(tag: unknown): { name: string; slug: string } | null {
  if (!isObject<Tag>(tag)) return null
  return { name: tag.name, slug: tag.slug }
}

/**
 * An article as read for a card, its texts in the edition; ids are numbers on SQLite and strings
 * on MongoDB. Tags and coins, when populated, are in the edition too.
 */
export type TCardRow = Omit<Partial<Article>, 'id'> & { id: number | string }

/**
 * An article row as the database adapters return it: title and summary are values by locale
 * (editions.ts: cardRowIn gives the edition's TCardRow).
 */
export type TRawCardRow = Omit<TCardRow, 'title' | 'summary'> & {
  title?: unknown
  summary?: unknown
}

/** A card; this module imports no values, so client components may import its types. */
export function toCard(article: TCardRow): TArticleCard {
  return {
    id: String(article.id),
    slug: article.slug ?? '',
    title: article.title ?? '',
    summary: article.summary ?? '',
    publishedAt: article.publishedAt ?? null,
    featured: Boolean(article.featured),
    cover: imageOf(article.cover, 'card'),
    tags: (article.tags ?? []).map(tagRefOf).filter((tag) => tag !== null),
    coins: (article.coins ?? []).map(coinRefOf).filter((coin) => coin !== null),
  }
}

/** A category tab: a tag, as the tabs and the cards' tag look-ups need it. */
export type TTab = { id: string; name: string; slug: string }

/** A feed page's articles in an edition: all or one tag's, newest first, strictly after a cursor. */
export type TFeedRowsQuery = {
  locale: TLocale
  tagId?: number | string
  /** Only articles linked to at least one of these coins (an empty list: none). */
  coinIds?: (number | string)[]
  cursor?: TFeedCursor
  limit: number
}

/** 快讯 linked to any of the coins, newest first, after a position (自选资讯). */
export type TLinkedFlashesQuery = {
  locale: TLocale
  coinIds: (number | string)[]
  /** Strictly before this publish time and id; without an id, at or before the time. */
  before?: { publishedAt: Date; id?: string }
  limit: number
}

/**
 * The parts of a card render whose fastest read depends on the database. lib/queries calls only
 * this; cardReads.ts picks the implementation once per Payload instance: plain SQL on SQLite
 * (lib/db/sqliteReads.ts) or Payload's adapter API, as MongoDB runs it (portableReads.ts).
 * tests/int/sqlite-card-parts.int.spec.ts checks that both give the same tabs, cards and pages.
 */
export type TCardReads = {
  /** The category tabs, in the order editors set, named in the edition. */
  tabs(locale: TLocale): Promise<TTab[]>
  /** The article fields to read for toCards: without the relations where it reads them itself. */
  articleSelect: Record<string, true>
  /** Cards for article rows read with articleSelect: their tags, coins and covers looked up. */
  toCards(
    rows: TRawCardRow[],
    options: { locale: TLocale; knownTags?: TTab[]; visitor?: PayloadRequest },
  ): Promise<TArticleCard[]>
  /** A feed page's article rows in one statement, or null: then findCards reads them. */
  feedRows(query: TFeedRowsQuery): Promise<TRawCardRow[] | null>
  /** The ids of a page of linked 快讯 in one statement, or null: then Payload finds them. */
  linkedFlashIds(query: TLinkedFlashesQuery): Promise<string[] | null>
}

/** The distinct ids among relation values (unpopulated: numbers or strings), for a look-up. */
export const distinctIds = (values: unknown[]): (number | string)[] => [
  ...new Set(
    values.filter((value): value is number | string => ['number', 'string'].includes(typeof value)),
  ),
]
