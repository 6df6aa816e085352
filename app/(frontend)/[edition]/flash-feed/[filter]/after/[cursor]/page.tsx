import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import {
  flashFilterOf,
  FlashFeedPage,
} from '@/app/(frontend)/[edition]/flash-feed/_components/FlashFeedPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { messagesFor } from '@/lib/i18n/messages'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { isKnownFlashCursor } from '@/lib/queries/flashes'
import { safeDecode } from '@/lib/queries/scope'

// `/flash?cursor=…` (加载更多 without JavaScript), with or without `filter`, is rewritten here.
type TProps = { params: Promise<TEditionParams & { filter: string; cursor: string }> }

export const dynamicParams = true
export const revalidate = 600
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  return { title: messagesFor(locale).flash.more, robots: { index: false, follow: true } }
}

export default async function FlashFeedAfterCursorRoute({ params }: TProps) {
  const locale = await editionOf(params)
  const { filter: segment, cursor: rawCursor } = await params
  const filter = await flashFilterOf(segment, locale)
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  // A cursor the portal did not write is not found, so no made-up cursor leaves a page behind.
  if (!cursor.success || !(await isKnownFlashCursor(cursor.data, locale))) notFound()
  return <FlashFeedPage locale={locale} filter={filter} cursor={cursor.data} />
}
