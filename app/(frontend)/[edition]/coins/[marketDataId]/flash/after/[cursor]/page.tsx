import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CoinFlashPage } from '@/app/(frontend)/[edition]/coins/_components/coinFlashPage'
import { coinMetadata, loadCoin } from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { isKnownCoinFlashCursor } from '@/lib/queries/coins'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { safeDecode } from '@/lib/queries/scope'

// `/coins/<id>/flash?cursor=…` (更早的快讯) is rewritten here (lib/editionRewrites.ts).
type TProps = { params: Promise<TEditionParams & { marketDataId: string; cursor: string }> }

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return coinMetadata((await params).marketDataId, await editionOf(params), {
    later: true,
    list: 'flash',
  })
}

export default async function CoinFlashAfterCursorRoute({ params }: TProps) {
  const locale = await editionOf(params)
  const { marketDataId, cursor: rawCursor } = await params
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  const coin = await loadCoin(marketDataId, locale)
  // A cursor no page of this coin's 快讯 wrote (made up, another coin's 快讯, an article's, in the
  // future) is not found: Next keeps no copy of a not-found page, but would keep every made-up
  // cursor's page.
  if (
    !coin ||
    !cursor.success ||
    !(await isKnownCoinFlashCursor({ coinId: coin.id, cursor: cursor.data, locale }))
  )
    notFound()
  return <CoinFlashPage rawMarketDataId={marketDataId} locale={locale} cursor={cursor.data} />
}
