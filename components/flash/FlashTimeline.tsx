// The same scrolling strip as the feed's category tabs, so both read alike on a phone.
import tabStyles from '@/components/feed/CategoryTabs.module.css'
import { ScrollFadeList } from '@/components/feed/ScrollFadeList.client'
import { PageLink } from '@/components/portal/PageLink'
import { dayLabel, groupByDay } from '@/lib/flash/days'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TFlashCategory, TFlashFilter, TFlashPage } from '@/lib/queries/findFlashes'

import { filterParam, flashTimelineHref } from './flashHref'
import { FlashItem } from './FlashItem'
import { FlashLive } from './FlashLive.client'
import styles from './FlashTimeline.module.css'

/**
 * The 快讯 timeline: the filter chips (全部, 重要, each category), the items grouped by day in the
 * display time zone (今天, 昨天, 12月2日 星期三), and 加载更多 as a link to the next page, which
 * works without JavaScript.
 */
export function FlashTimeline({
  locale,
  filter,
  categories,
  page,
  timeZone,
  now,
  text,
  market,
  heading,
  live = false,
}: {
  locale: TLocale
  filter: TFlashFilter
  categories: TFlashCategory[]
  page: TFlashPage
  timeZone: string
  /** When the page is rendered: what 今天 and 昨天 are relative to. */
  now: Date
  text: TMessages['flash']
  market: TMessages['market']
  heading: string
  /** The first page: say when newer flashes arrive (FlashLive). */
  live?: boolean
}) {
  const chips: { filter: TFlashFilter; name: string }[] = [
    { filter: { kind: 'all' }, name: text.all },
    { filter: { kind: 'important' }, name: text.important },
    ...categories.map((category) => ({
      filter: { kind: 'category' as const, category },
      name: category.name,
    })),
  ]
  const active = filterParam(filter)
  return (
    <>
      <nav className={tabStyles.tabs} aria-label={text.filters}>
        <ScrollFadeList className={tabStyles.strip}>
          {chips.map((chip) => (
            <li key={filterParam(chip.filter) ?? 'all'}>
              <PageLink
                href={flashTimelineHref(locale, chip.filter)}
                aria-current={filterParam(chip.filter) === active ? 'page' : undefined}
              >
                {chip.name}
              </PageLink>
            </li>
          ))}
        </ScrollFadeList>
      </nav>
      <h1 className={styles.heading}>{heading}</h1>
      {live ? (
        <FlashLive
          locale={locale}
          filter={active}
          newest={
            page.items[0] ? { id: page.items[0].id, publishedAt: page.items[0].publishedAt } : null
          }
          timeZone={timeZone}
          text={text}
          market={market}
        />
      ) : null}
      {page.items.length === 0 ? <p className={styles.empty}>{text.empty}</p> : null}
      {groupByDay(page.items, timeZone).map((group) => (
        <section key={group.day} className={styles.day} aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`} className={styles.dayHeading}>
            {dayLabel(group.day, now, timeZone, locale, text)}
          </h2>
          <ol className={styles.items}>
            {group.items.map((flash) => (
              <li key={flash.id}>
                <FlashItem
                  flash={flash}
                  locale={locale}
                  timeZone={timeZone}
                  text={text}
                  market={market}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className={styles.more}>
        {page.nextCursor ? (
          <PageLink href={flashTimelineHref(locale, filter, page.nextCursor)} rel="next">
            {text.loadMore}
          </PageLink>
        ) : page.items.length > 0 ? (
          <span>{text.end}</span>
        ) : null}
      </p>
    </>
  )
}
