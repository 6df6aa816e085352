import { PageLink } from '@/components/portal/PageLink'

import { formatMessage } from '@/lib/i18n/format'
import type { TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import type { TTab } from '@/lib/queries/findTags'
import type { TSiteSearch } from '@/lib/search/siteSearch'

import { PopularTags } from './PopularTags'
import { SearchHits } from './SearchHits'
import { SearchRelated } from './SearchRelated'
import { SearchTabs } from './SearchTabs'
import { searchHref, shortQuery } from './searchUrl'
import noticeStyles from './SearchNotice.module.css'
import styles from './SearchResults.module.css'

type TFound = Extract<TSiteSearch, { ok: true }>

/**
 * A searched query: the 文章 / 快讯 tabs, the coins and tags it names (first page), a page of hits
 * and a plain link to the next page (the cursor travels in the URL, so no JavaScript is needed).
 * Nothing found says so and offers the popular tags.
 */
export function SearchResults({
  found,
  firstPage,
  locale,
  timeZone,
  popularTags,
  text,
}: {
  found: TFound
  firstPage: boolean
  locale: TLocale
  timeZone: string
  /** The feed's category tabs, shown when nothing was found. */
  popularTags: TTab[]
  text: TMessages['search']
}) {
  const { hits, tab, next } = found
  const q = found.text
  return (
    <>
      <SearchTabs locale={locale} q={q} active={tab} text={text} />
      {firstPage ? (
        <SearchRelated coins={found.coins} tags={found.tags} text={text} locale={locale} />
      ) : null}
      <section aria-labelledby="search-results" className={styles.results}>
        <h2 id="search-results" className="visually-hidden">
          {text.results}
        </h2>
        {hits.length > 0 ? (
          <SearchHits hits={hits} locale={locale} timeZone={timeZone} />
        ) : firstPage ? (
          <div className={noticeStyles.notice}>
            <p className={noticeStyles.text}>
              {formatMessage(text.noResults, { query: shortQuery(q, 40) })}
            </p>
            <p className={noticeStyles.text}>{text.noResultsTip}</p>
            <PopularTags locale={locale} tabs={popularTags} text={text} />
          </div>
        ) : (
          <p className={styles.end}>{text.noMore}</p>
        )}
      </section>
      {next || !firstPage ? (
        <nav aria-label={text.pagination} className={styles.pager}>
          {firstPage ? (
            <span />
          ) : (
            <PageLink href={searchHref(locale, { q, tab })}>{text.firstPage}</PageLink>
          )}
          {next ? (
            <PageLink href={searchHref(locale, { q, tab, cursor: next })} rel="next">
              {text.nextPage}
            </PageLink>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
