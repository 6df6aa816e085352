import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FlashTimeline } from '@/components/flash/FlashTimeline'
import { PortalColumns } from '@/components/layout/PortalColumns'
import { PortalSidebar } from '@/components/portal/PortalSidebar'
import { displaySettings } from '@/lib/display'
import type { TLocale } from '@/lib/i18n/locales'
import { localizedPath } from '@/lib/i18n/locales'
import { messagesFor } from '@/lib/i18n/messages'
import type { TFeedCursor } from '@/lib/queries/cursor'
import type { TFlashFilter } from '@/lib/queries/findFlashes'
import { safeDecode } from '@/lib/queries/scope'
import { getFlashCategories, getFlashPage, resolveFlashFilter } from '@/lib/queries/flashes'
import { languageAlternates, OG_LOCALES, SITE_NAME } from '@/lib/syndication/seo'
import { filterParam, flashTimelineTitle } from '@/components/flash/flashHref'

/** The filter a route's segment names (`all`, `important`, a category), or a 404. */
export async function flashFilterOf(segment: string, locale: TLocale): Promise<TFlashFilter> {
  const value = safeDecode(segment)
  const filter = value === null ? null : await resolveFlashFilter(value, locale)
  if (!filter) notFound()
  return filter
}

const headingOf = (filter: TFlashFilter, locale: TLocale) =>
  flashTimelineTitle(filter, messagesFor(locale).flash)

/** Title, description and alternates of /flash and its filters (`/flash?filter=…`). */
export function flashFeedMetadata(filter: TFlashFilter, locale: TLocale): Metadata {
  const { flash } = messagesFor(locale)
  const value = filterParam(filter)
  const path = value ? `/flash?filter=${value}` : '/flash'
  const title = headingOf(filter, locale)
  return {
    title,
    description: flash.description,
    alternates: {
      canonical: localizedPath(locale, path),
      languages: languageAlternates(path),
      types: {
        'application/rss+xml': localizedPath(
          locale,
          value ? `/flash/rss.xml?filter=${value}` : '/flash/rss.xml',
        ),
      },
    },
    openGraph: {
      type: 'website',
      url: localizedPath(locale, path),
      siteName: SITE_NAME,
      locale: OG_LOCALES[locale],
      title: `${title} · ${SITE_NAME}`,
      description: flash.description,
    },
  }
}

/**
 * One page of the 快讯 timeline: the first, or with a cursor the one 加载更多 leads to. A later
 * page that has run out is not found; the cursor has been checked by its route.
 */
export async function FlashFeedPage({
  locale,
  filter,
  cursor,
}: {
  locale: TLocale
  filter: TFlashFilter
  cursor?: TFeedCursor
}) {
  const [categories, page] = await Promise.all([
    getFlashCategories(locale),
    getFlashPage({ locale, filter, cursor }),
  ])
  if (cursor && page.items.length === 0) notFound()
  const messages = messagesFor(locale)
  return (
    <PortalColumns
      sidebar={<PortalSidebar locale={locale} flashes={false} />}
      sidebarLabel={messages.article.sidebar}
    >
      <FlashTimeline
        locale={locale}
        filter={filter}
        categories={categories}
        page={page}
        timeZone={displaySettings().timeZone}
        now={new Date()}
        text={messages.flash}
        market={messages.market}
        heading={cursor ? messages.flash.more : headingOf(filter, locale)}
        live={!cursor}
      />
    </PortalColumns>
  )
}
