import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TTab } from '@/lib/queries/findTags'

import styles from './SearchChips.module.css'

/**
 * Somewhere to go when a search found nothing or could not run: the feed's category tabs, in the
 * order editors set.
 */
export function PopularTags({
  locale,
  tabs,
  text,
}: {
  locale: TLocale
  tabs: TTab[]
  text: TMessages['search']
}) {
  if (tabs.length === 0) return null
  return (
    <section aria-labelledby="search-popular-tags" className={styles.group}>
      <h2 id="search-popular-tags" className={styles.heading}>
        {text.popularTags}
      </h2>
      <ul className={styles.chips}>
        {tabs.map((tab) => (
          <li key={tab.slug}>
            <a href={localizedPath(locale, `/tag/${tab.slug}`)}>{tab.name}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
