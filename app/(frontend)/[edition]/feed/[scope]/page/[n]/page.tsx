import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FeedView } from '@/components/feed/FeedView'
import { displaySettings } from '@/lib/display'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { localizedPath } from '@/lib/i18n/locales'
import { getFeedPageByNumber } from '@/lib/queries'
import { resolveScope } from '@/lib/queries/feedParams'
import { safeDecode, ZPageNumberSchema } from '@/lib/queries/scope'

// `/?page=N` and `/tag/<slug>?page=N` are rewritten here: numbered pages for old links.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { scope: string; n: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { n } = await params
  const t = await getTranslations({ locale: await editionOf(params), namespace: 'feed' })
  return { title: t('pageTitle', { page: n }), robots: { index: false, follow: true } }
}

export default async function FeedNumberedPage({ params }: TProps) {
  const locale = await editionOf(params)
  const { scope, n } = await params
  const page = ZPageNumberSchema.safeParse(safeDecode(n))
  if (!page.success) notFound()
  const { tag, tabs } = await resolveScope(scope, locale)
  const result = await getFeedPageByNumber({
    tag: tag ?? undefined,
    page: page.data,
    tabs,
    locale,
  })
  if (result.items.length === 0 || page.data > result.totalPages) notFound()
  const base = localizedPath(locale, tag ? `/tag/${tag.slug}` : '/')
  const t = await getTranslations({ locale, namespace: 'feed' })
  return (
    <FeedView
      locale={locale}
      tabs={tabs}
      tag={tag}
      items={result.items}
      timeZone={displaySettings().timeZone}
      heading={t('numberedHeading', { scope: tag ? tag.name : t('all'), page: page.data })}
      pageLinks={{
        previous: page.data > 1 ? `${base}?page=${page.data - 1}` : null,
        next: page.data < result.totalPages ? `${base}?page=${page.data + 1}` : null,
        label: t('pageOf', { page: page.data, pages: result.totalPages }),
      }}
    />
  )
}
