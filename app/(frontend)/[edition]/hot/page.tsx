import type { Metadata } from 'next'

import { HotPage, hotMetadata } from '@/components/hot/HotPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'

// Rendered on first request, then at most a minute old (the list's own cache is renewed as often).
export const revalidate = 60

type TProps = { params: Promise<TEditionParams> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return hotMetadata(await editionOf(params), '24h')
}

export default async function HotDayPage({ params }: TProps) {
  return <HotPage locale={await editionOf(params)} window="24h" />
}
