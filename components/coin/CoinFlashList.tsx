import type { ReactNode } from 'react'

import { PageLink } from '@/components/portal/PageLink'
import { flashHeadline } from '@/lib/flash/headline'
import { formatDateTime } from '@/lib/format/datetime'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TFlashItem } from '@/lib/queries/findFlashes'
import styles from './CoinPageView.module.css'

/**
 * A coin's 快讯, newest first, each its time and headline linking to its permalink; `more` (a
 * link to the coin's 快讯 page or its next page) goes under the list.
 */
export function CoinFlashList({
  flashes,
  locale,
  timeZone,
  heading,
  headingHidden = false,
  empty,
  more,
}: {
  flashes: TFlashItem[]
  locale: TLocale
  timeZone: string
  heading: string
  /** Read by screen readers only (the page's own h1 already says it). */
  headingHidden?: boolean
  empty: string
  more?: ReactNode
}) {
  return (
    <section aria-labelledby="coin-flashes" data-testid="coin-flashes">
      <h2 id="coin-flashes" className={headingHidden ? 'visually-hidden' : styles.heading}>
        {heading}
      </h2>
      {flashes.length === 0 ? <p className={styles.empty}>{empty}</p> : null}
      <ul className={styles.flashes}>
        {flashes.map((flash) => (
          <li key={flash.id}>
            {flash.publishedAt ? (
              <time dateTime={flash.publishedAt}>
                {formatDateTime(flash.publishedAt, timeZone, locale)}
              </time>
            ) : null}
            <PageLink href={localizedPath(locale, `/flash/${flash.id}`)}>
              {flashHeadline(flash)}
            </PageLink>
          </li>
        ))}
      </ul>
      {more ? <p className={styles.more}>{more}</p> : null}
    </section>
  )
}
