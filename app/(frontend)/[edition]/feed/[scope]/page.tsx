import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CursorFeedPage } from '@/app/(frontend)/[edition]/feed/_components/CursorFeedPage'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { getTagBySlug } from '@/lib/queries'
import { feedMetadata } from '@/lib/syndication/feedMetadata'

// Public URLs `/` and `/tag/<slug>`, in every edition, are rewritten here (lib/editionRewrites.ts).
// Rendered on first request, then served from the cache until an article or tag changes.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<TEditionParams & { scope: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const { scope } = await params
  if (scope === 'all') return feedMetadata({ locale, path: '/' })
  const tag = await getTagBySlug(scope, locale)
  const t = await getTranslations({ locale, namespace: 'feed' })
  if (!tag) return { title: t('notFoundTitle') }
  return feedMetadata({
    locale,
    title: t('tagTitle', { tag: tag.name }),
    description: t('tagDescription', { tag: tag.name }),
    path: `/tag/${tag.slug}`,
    tag,
  })
}

export default async function FeedPage({ params }: TProps) {
  const locale = await editionOf(params)
  return <CursorFeedPage locale={locale} scope={(await params).scope} />
}
