import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { loadCoin } from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { CoinFlashPageView } from '@/components/coin/CoinFlashPageView'
import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import { getCoinFlashPage } from '@/lib/queries/coins'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { feedMetadata } from '@/lib/syndication/feedMetadata'

/** Title, description and alternates of a coin's 快讯 page; later pages are not indexed. */
export async function coinFlashMetadata(
  rawMarketDataId: string,
  locale: TLocale,
  { later = false }: { later?: boolean } = {},
): Promise<Metadata> {
  const text = messagesFor(locale).coin
  const coin = await loadCoin(rawMarketDataId, locale)
  if (!coin) return { title: text.notFoundTitle }
  const names = { name: coin.name, symbol: coin.symbol }
  if (later)
    return {
      title: formatMessage(text.moreFlashesTitle, names),
      robots: { index: false, follow: true },
    }
  return feedMetadata({
    locale,
    path: `/coins/${coin.marketDataId}/flash`,
    title: formatMessage(text.flashesTitle, names),
    description: formatMessage(text.flashesDescription, names),
  })
}

/**
 * A page of a coin's 快讯, first or (with a cursor the caller has checked) later. Only a later
 * page can run out, and then it is not found; a coin without 快讯 still has its first page.
 */
export async function CoinFlashPage({
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
  const page = await getCoinFlashPage({ coinId: coin.id, cursor, cursorKnown: true, locale })
  if (cursor && page.items.length === 0) notFound()
  return <CoinFlashPageView locale={locale} coin={coin} page={page} laterPage={Boolean(cursor)} />
}
