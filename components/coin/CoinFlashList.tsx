import { PageLink } from '@/components/portal/PageLink'
import { flashHeadline } from '@/lib/flash/headline'
import { formatDateTime } from '@/lib/format/datetime'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TFlashItem } from '@/lib/queries/findFlashes'
import styles from './CoinPageView.module.css'

/** A coin's newest 快讯, each its time and headline linking to its permalink. */
export function CoinFlashList({
  flashes,
  locale,
  timeZone,
  heading,
  empty,
}: {
  flashes: TFlashItem[]
  locale: TLocale
  timeZone: string
  heading: string
  empty: string
}) {
  return (
    <section aria-labelledby="coin-flashes" data-testid="coin-flashes">
      <h2 id="coin-flashes" className={styles.heading}>
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
    </section>
  )
}
