import type { Article, Coin, Media, Tag } from '@/payload-types'

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
export type TCoinRef = { id: string; symbol: string; name: string; marketDataId: string }

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
  coins: { symbol: true, name: true, marketDataId: true },
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

export function coinRefOf(coin: unknown): TCoinRef | null {
  if (!isObject<Coin>(coin)) return null
  return {
    id: String(coin.id),
    symbol: coin.symbol,
    name: coin.name,
    marketDataId: coin.marketDataId,
  }
}

export function tagRefOf(tag: unknown): { name: string; slug: string } | null {
  if (!isObject<Tag>(tag)) return null
  return { name: tag.name, slug: tag.slug }
}

/** An article as read for a card; ids are numbers on SQLite and strings on MongoDB. */
export type TCardRow = Omit<Partial<Article>, 'id'> & { id: number | string }

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
