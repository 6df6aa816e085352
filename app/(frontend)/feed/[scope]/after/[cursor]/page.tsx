import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FeedView } from '@/components/feed/FeedView'
import { displaySettings } from '@/lib/display'
import { getFeedPage } from '@/lib/queries'
import { ZCursorSchema } from '@/lib/queries/cursor'
import { resolveScope } from '@/lib/queries/feedParams'
import { safeDecode } from '@/lib/queries/scope'

// `/?cursor=…` and `/tag/<slug>?cursor=…` (加载更多 without JavaScript) are rewritten here.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { title: '更多资讯', robots: { index: false, follow: true } }

type TProps = { params: Promise<{ scope: string; cursor: string }> }

export default async function FeedAfterCursorPage({ params }: TProps) {
  const { scope, cursor: rawCursor } = await params
  const cursor = ZCursorSchema.safeParse(safeDecode(rawCursor))
  if (!cursor.success) notFound()
  const { tag, tabs } = await resolveScope(scope)
  const page = await getFeedPage({ tag: tag ?? undefined, cursor: cursor.data, tabs })
  if (page.items.length === 0) notFound()
  return (
    <FeedView
      tabs={tabs}
      tag={tag}
      items={page.items}
      nextCursor={page.nextCursor}
      timeZone={displaySettings().timeZone}
      heading={tag ? `${tag.name} · 更多资讯` : '更多资讯'}
    />
  )
}
