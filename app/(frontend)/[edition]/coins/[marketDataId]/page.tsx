import type { Metadata } from 'next'

import { CoinPage, coinMetadata } from '@/app/(frontend)/[edition]/coins/_components/coinPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'

// Cached like an article page: rendered on first request, kept until an article or 快讯 linked
// to the coin changes (its coin-page tag). Figures and 已自选 are loaded by the browser.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { marketDataId: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return coinMetadata((await params).marketDataId, await editionOf(params))
}

export default async function CoinRoute({ params }: TProps) {
  const locale = await editionOf(params)
  return <CoinPage rawMarketDataId={(await params).marketDataId} locale={locale} />
}
