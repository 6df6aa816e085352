import { notFound } from 'next/navigation'

import { loadCoin } from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { CoinFlashPageView } from '@/components/coin/CoinFlashPageView'
import type { TLocale } from '@/lib/i18n/locales'
import { getCoinFlashPage } from '@/lib/queries/coins'
import type { TFeedCursor } from '@/lib/queries/cursor'

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
