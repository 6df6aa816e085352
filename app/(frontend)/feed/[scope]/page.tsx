import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { CursorFeedPage } from '@/app/(frontend)/feed/_components/CursorFeedPage'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { getTagBySlug } from '@/lib/queries'
import { feedMetadata, HOME_TITLE } from '@/lib/syndication/feedMetadata'

// Public URLs `/` and `/tag/<slug>` are rewritten here (next.config.ts). Rendered on first
// request, then served from the cache until an article or tag changes.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

type TProps = { params: Promise<{ scope: string }> }

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { scope } = await params
  if (scope === 'all') return feedMetadata({ title: HOME_TITLE, path: '/', absoluteTitle: true })
  const tag = await getTagBySlug(scope)
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'feed' })
  if (!tag) return { title: t('notFoundTitle') }
  return feedMetadata({
    title: t('tagTitle', { tag: tag.name }),
    description: t('tagDescription', { tag: tag.name }),
    path: `/tag/${tag.slug}`,
    tag,
  })
}

export default async function FeedPage({ params }: TProps) {
  return <CursorFeedPage scope={(await params).scope} />
}
