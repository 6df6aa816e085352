import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FeedView } from '@/components/feed/FeedView'
import { displaySettings } from '@/lib/display'
import type { TLocale } from '@/lib/i18n/locales'
import { getFeedPage } from '@/lib/queries'
import type { TFeedCursor } from '@/lib/queries/cursor'
import { resolveScope } from '@/lib/queries/feedParams'

/**
 * One page of a scope's cursor-paged feed: the first, or with a cursor the one 加载更多 leads to
 * without JavaScript. Only a later page can run out, and then it is not found; a first page with
 * nothing in it still shows the scope's tabs and its empty list. A cursor reaching here has been
 * checked by its page (isKnownFeedCursor), so the feed read does not check it again.
 */
export async function CursorFeedPage({
  locale,
  scope,
  cursor,
}: {
  locale: TLocale
  scope: string
  cursor?: TFeedCursor
}) {
  const { tag, tabs } = await resolveScope(scope, locale)
  const page = await getFeedPage({
    tag: tag ?? undefined,
    cursor,
    tabs,
    cursorKnown: true,
    locale,
  })
  if (cursor && page.items.length === 0) notFound()
  const t = await getTranslations({ locale, namespace: 'feed' })
  const laterHeading = tag ? t('moreOfTag', { tag: tag.name }) : t('more')
  return (
    <FeedView
      locale={locale}
      tabs={tabs}
      tag={tag}
      items={page.items}
      nextCursor={page.nextCursor}
      timeZone={displaySettings().timeZone}
      heading={cursor ? laterHeading : undefined}
    />
  )
}
