import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { CursorFeedPage } from '@/app/(frontend)/[edition]/feed/_components/CursorFeedPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { isKnownFeedCursor } from '@/lib/queries'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { safeDecode } from '@/lib/queries/scope'

// `/?cursor=…` and `/tag/<slug>?cursor=…` (加载更多 without JavaScript) are rewritten here.
type TProps = { params: Promise<TEditionParams & { scope: string; cursor: string }> }

export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await editionOf(params), namespace: 'feed' })
  return { title: t('more'), robots: { index: false, follow: true } }
}

export default async function FeedAfterCursorPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { scope, cursor: rawCursor } = await params
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  // A cursor the portal did not write (made up, or in the future) is not found: Next keeps no
  // copy of a not-found page (lib/nextCache), but would keep every made-up cursor's page.
  if (!cursor.success || !(await isKnownFeedCursor(cursor.data, locale))) notFound()
  return <CursorFeedPage locale={locale} scope={scope} cursor={cursor.data} />
}
