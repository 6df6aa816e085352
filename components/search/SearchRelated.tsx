import { coinHref } from '@/lib/coins/coinHref'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TCoinHitView, TTagHitView } from '@/lib/search/siteSearch'

import styles from './SearchChips.module.css'

/**
 * What the words name besides articles, on the first page: coins (their pages) and tags (their
 * feeds). Nothing when neither matched.
 */
export function SearchRelated({
  coins,
  tags,
  text,
  locale,
}: {
  locale: TLocale
  coins: TCoinHitView[]
  tags: TTagHitView[]
  text: TMessages['search']
}) {
  if (coins.length === 0 && tags.length === 0) return null
  return (
    <div className={styles.related}>
      {coins.length > 0 ? (
        <section aria-labelledby="search-coins" className={styles.group}>
          <h2 id="search-coins" className={styles.heading}>
            {text.coins}
          </h2>
          <ul className={styles.chips}>
            {coins.map((coin) => (
              <li key={coin.marketDataId}>
                <a href={coinHref(locale, coin.marketDataId)}>
                  <span className={styles.symbol}>{coin.symbol}</span>&nbsp;{coin.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tags.length > 0 ? (
        <section aria-labelledby="search-tags" className={styles.group}>
          <h2 id="search-tags" className={styles.heading}>
            {text.tags}
          </h2>
          <ul className={styles.chips}>
            {tags.map((tag) => (
              <li key={tag.slug}>
                <a href={tag.href}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
