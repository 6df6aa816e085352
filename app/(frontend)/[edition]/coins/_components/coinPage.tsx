import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { CoinPageView } from '@/components/coin/CoinPageView'
import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getTabs } from '@/lib/queries'
import { getCoinArticlesPage, getCoinFlashes, getCoinProfile } from '@/lib/queries/coins'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { ZMarketDataIdSchema } from '@/lib/queries/findCoinPage'
import { safeDecode } from '@/lib/queries/scope'
import { feedMetadata } from '@/lib/syndication/feedMetadata'

/** The coin a URL names, or null (malformed or unknown: the page answers the Chinese 404). */
export const loadCoin = cache(async (rawMarketDataId: string, locale: TLocale) => {
  const marketDataId = ZMarketDataIdSchema.safeParse(safeDecode(rawMarketDataId))
  if (!marketDataId.success) return null
  return getCoinProfile(marketDataId.data, locale)
})

/** What differs between a coin's article pages and its 快讯 pages in their metadata. */
const COIN_LISTS = {
  articles: {
    suffix: '',
    title: 'title',
    description: 'description',
    moreTitle: 'moreTitle',
    laterRobots: { index: false },
  },
  flash: {
    suffix: '/flash',
    title: 'flashesTitle',
    description: 'flashesDescription',
    moreTitle: 'moreFlashesTitle',
    laterRobots: { index: false, follow: true },
  },
} as const

/** Metadata of a coin's page or its 快讯 page (`list`); later pages are not indexed. */
export async function coinMetadata(
  rawMarketDataId: string,
  locale: TLocale,
  { later = false, list = 'articles' }: { later?: boolean; list?: keyof typeof COIN_LISTS } = {},
): Promise<Metadata> {
  const text = messagesFor(locale).coin
  const coin = await loadCoin(rawMarketDataId, locale)
  if (!coin) return { title: text.notFoundTitle }
  const names = { name: coin.name, symbol: coin.symbol }
  const keys = COIN_LISTS[list]
  if (later) return { title: formatMessage(text[keys.moreTitle], names), robots: keys.laterRobots }
  return feedMetadata({
    locale,
    path: `/coins/${coin.marketDataId}${keys.suffix}`,
    title: formatMessage(text[keys.title], names),
    description: formatMessage(text[keys.description], names),
  })
}

/**
 * A coin page, first or (with a cursor the caller has checked) later. Only a later page can run
 * out, and then it is not found; a coin without articles still has its page.
 */
export async function CoinPage({
  rawMarketDataId,
  locale,
  cursor,
}: {
  rawMarketDataId: string
  locale: TLocale
  cursor?: TFeedCursor
}) {
  const coin = await loadCoin(rawMarketDataId, locale)
  if (!coin) notFound()
  const tabs = await getTabs(locale)
  const [page, flashes] = await Promise.all([
    getCoinArticlesPage({ coinId: coin.id, cursor, tabs, cursorKnown: true, locale }),
    cursor ? null : getCoinFlashes(coin.id, locale),
  ])
  if (cursor && page.items.length === 0) notFound()
  return (
    <CoinPageView
      locale={locale}
      coin={coin}
      articles={page.items}
      nextCursor={page.nextCursor}
      flashes={flashes}
    />
  )
}
