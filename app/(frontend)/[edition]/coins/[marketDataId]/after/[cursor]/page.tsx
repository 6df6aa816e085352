import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import {
  CoinPage,
  coinMetadata,
  loadCoin,
} from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { isKnownCoinCursor } from '@/lib/queries/coins'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { safeDecode } from '@/lib/queries/scope'

// `/coins/<id>?cursor=…` (更多新闻) is rewritten here (lib/editionRewrites.ts).
type TProps = { params: Promise<TEditionParams & { marketDataId: string; cursor: string }> }

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return coinMetadata((await params).marketDataId, await editionOf(params), { later: true })
}

export default async function CoinAfterCursorRoute({ params }: TProps) {
  const locale = await editionOf(params)
  const { marketDataId, cursor: rawCursor } = await params
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  const coin = await loadCoin(marketDataId, locale)
  // A cursor no page of this coin wrote (made up, another coin's, in the future) is not found:
  // Next keeps no copy of a not-found page, but would keep every made-up cursor's page.
  if (
    !coin ||
    !cursor.success ||
    !(await isKnownCoinCursor({ coinId: coin.id, cursor: cursor.data, locale }))
  )
    notFound()
  return <CoinPage rawMarketDataId={marketDataId} locale={locale} cursor={cursor.data} />
}
