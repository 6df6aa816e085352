import type { Metadata } from 'next'

import {
  flashFeedMetadata,
  flashFilterOf,
  FlashFeedPage,
} from '@/app/(frontend)/[edition]/flash-feed/_components/FlashFeedPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'

// `/flash` and `/flash?filter=…`, in every edition, are rewritten here (lib/editionRewrites.ts).
// Rendered on first request and kept until a flash changes; at most ten minutes, so 今天 and 昨天
// move on after midnight even when nothing is published.
export const dynamicParams = true
export const revalidate = 600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { filter: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  return flashFeedMetadata(await flashFilterOf((await params).filter, locale), locale)
}

export default async function FlashFeedRoute({ params }: TProps) {
  const locale = await editionOf(params)
  const filter = await flashFilterOf((await params).filter, locale)
  return <FlashFeedPage locale={locale} filter={filter} />
}
