import type { Payload } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'
import { coinNameZhIn } from '@/lib/queries/editions'
import type { TApiCoin, TApiCoinDetail } from './schemas/shapes'
import { coinPath, mediaUrl, portalUrl } from './urls'

type TCoinRow = {
  id: number | string
  symbol: string
  name: string
  nameZh?: string | null
  marketDataId: string
  rank?: number | null
}

const COIN_SELECT = {
  symbol: true,
  name: true,
  nameZh: true,
  marketDataId: true,
  rank: true,
} as const

const coinOf = (siteUrl: string, locale: TLocale, coin: TCoinRow): TApiCoin => ({
  id: coin.marketDataId,
  marketDataId: coin.marketDataId,
  symbol: coin.symbol,
  name: coin.name,
  nameZh: coinNameZhIn(locale, coin.nameZh),
  url: portalUrl(siteUrl, locale, coinPath(coin.marketDataId)),
  rank: coin.rank ?? null,
})

/**
 * A page of the coins readers can see, by market data id (an order every database sorts alike);
 * the cursor is the next page's number. The coins collection is small (the tracked coins), so
 * numbered pages cost little.
 */
export async function findApiCoinPage(options: {
  payload: Payload
  siteUrl: string
  locale: TLocale
  page: number
  limit: number
}): Promise<{ items: TApiCoin[]; nextCursor: string | null }> {
  const { payload, siteUrl, locale, page, limit } = options
  const found = await payload.find({
    collection: 'coins',
    sort: 'marketDataId',
    select: COIN_SELECT,
    depth: 0,
    page,
    limit,
    overrideAccess: false,
  })
  return {
    items: found.docs.map((coin) => coinOf(siteUrl, locale, coin as TCoinRow)),
    nextCursor: found.hasNextPage ? String(page + 1) : null,
  }
}

/** A coin with its stored market figures (their age is added when answering), or null. */
export async function findApiCoin(options: {
  payload: Payload
  siteUrl: string
  locale: TLocale
  marketDataId: string
}): Promise<
  (Omit<TApiCoinDetail, 'market'> & { market: Omit<TApiCoinDetail['market'], 'ageSeconds'> }) | null
> {
  const { payload, siteUrl, locale, marketDataId } = options
  const { docs } = await payload.find({
    collection: 'coins',
    where: { marketDataId: { equals: marketDataId } },
    select: {
      ...COIN_SELECT,
      logo: true,
      price: true,
      marketCap: true,
      change24h: true,
      priceUpdatedAt: true,
    },
    depth: 1,
    populate: { media: { url: true, filename: true } },
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const coin = docs[0]
  if (!coin) return null
  const logo = typeof coin.logo === 'object' && coin.logo ? coin.logo.url : null
  return {
    ...coinOf(siteUrl, locale, coin as TCoinRow),
    logo: mediaUrl(siteUrl, logo),
    market: {
      rank: coin.rank ?? null,
      priceUsd: coin.price ?? null,
      marketCapUsd: coin.marketCap ?? null,
      change24hPercent: coin.change24h ?? null,
      updatedAt: coin.priceUpdatedAt ?? null,
    },
  }
}
