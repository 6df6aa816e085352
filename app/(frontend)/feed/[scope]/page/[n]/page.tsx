import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FeedView } from '@/components/feed/FeedView'
import { displaySettings } from '@/lib/display'
import { getFeedPageByNumber } from '@/lib/queries'
import { resolveScope } from '@/lib/queries/feedParams'
import { safeDecode, ZPageNumberSchema } from '@/lib/queries/scope'

// `/?page=N` and `/tag/<slug>?page=N` are rewritten here: numbered pages for old links.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<{ scope: string; n: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { n } = await params
  return { title: `第 ${n} 页`, robots: { index: false, follow: true } }
}

export default async function FeedNumberedPage({ params }: TProps) {
  const { scope, n } = await params
  const page = ZPageNumberSchema.safeParse(safeDecode(n))
  if (!page.success) notFound()
  const { tag, tabs } = await resolveScope(scope)
  const result = await getFeedPageByNumber({ tag: tag ?? undefined, page: page.data, tabs })
  if (result.items.length === 0 || page.data > result.totalPages) notFound()
  const base = tag ? `/tag/${tag.slug}` : '/'
  return (
    <FeedView
      tabs={tabs}
      tag={tag}
      items={result.items}
      timeZone={displaySettings().timeZone}
      heading={`${tag ? tag.name : '全部'} · 第 ${page.data} 页`}
      pageLinks={{
        previous: page.data > 1 ? `${base}?page=${page.data - 1}` : null,
        next: page.data < result.totalPages ? `${base}?page=${page.data + 1}` : null,
        label: `第 ${page.data} / ${result.totalPages} 页`,
      }}
    />
  )
}
