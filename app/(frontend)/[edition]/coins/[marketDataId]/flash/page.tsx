import type { Metadata } from 'next'

import { CoinFlashPage } from '@/app/(frontend)/[edition]/coins/_components/coinFlashPage'
import { coinMetadata } from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'

// A coin's 快讯 (更多快讯 on its page). Cached like the coin page: rendered on first request, kept
// until a 快讯 linked to the coin changes (its coin-page tag).
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { marketDataId: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return coinMetadata((await params).marketDataId, await editionOf(params), { list: 'flash' })
}

export default async function CoinFlashRoute({ params }: TProps) {
  const locale = await editionOf(params)
  return <CoinFlashPage rawMarketDataId={(await params).marketDataId} locale={locale} />
}
