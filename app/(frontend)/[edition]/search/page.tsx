import type { Metadata } from 'next'

import { PopularTags } from '@/components/search/PopularTags'
import { SearchForm } from '@/components/search/SearchForm'
import { SearchHint } from '@/components/search/SearchHint'
import { SearchResults } from '@/components/search/SearchResults'
import {
  readSearchRequest,
  searchHref,
  shortQuery,
  type TPageSearchParams,
} from '@/components/search/searchUrl'
import { displaySettings } from '@/lib/display'
import { formatMessage } from '@/lib/i18n/format'
import { editionOf, type TEditionParams } from '@/lib/i18n/editionParams'
import { messagesFor } from '@/lib/i18n/messages'
import { getTabs } from '@/lib/queries'
import { getPayloadClient } from '@/lib/queries/payload'
import { searchSite } from '@/lib/search/siteSearch'
import { pageAlternates } from '@/lib/syndication/seo'
import styles from './page.module.css'

/**
 * Rendered for every request and kept nowhere: the query string is the reader's, so neither Next's
 * cache nor the shared caches get an entry per query (Next answers dynamic pages with
 * `Cache-Control: private, no-cache, no-store`, which the page cache and nginx never store).
 */
export const dynamic = 'force-dynamic'

type TProps = {
  params: Promise<TEditionParams>
  searchParams: Promise<TPageSearchParams>
}

export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const locale = await editionOf(params)
  const { q, tab } = readSearchRequest(await searchParams)
  const text = messagesFor(locale).search
  const query = shortQuery(q)
  return {
    title: query ? formatMessage(text.queryTitle, { query }) : text.title,
    description: text.description,
    robots: { index: false },
    // The same search in the other editions, for the language switcher.
    alternates: pageAlternates({
      locale,
      path: query ? searchHref(locale, { q, tab }) : '/search',
    }),
  }
}

/**
 * 搜索 in each edition: `?q=` searches published articles (文章) or 快讯 (`tab=flashes`), one page
 * at a time (`cursor=`), through lib/search. A query that cannot be searched, or a cursor this
 * site never gave out, is explained on the page (HTTP 200), never answered with an error.
 */
export default async function SearchPage({ params, searchParams }: TProps) {
  const locale = await editionOf(params)
  const request = readSearchRequest(await searchParams)
  const { search: text } = messagesFor(locale)
  const [result, tabs] = await Promise.all([
    getPayloadClient().then((payload) =>
      searchSite(payload, { q: request.q, locale, tab: request.tab, cursor: request.cursor }),
    ),
    getTabs(locale),
  ])
  const query = shortQuery(request.q, 40)
  return (
    <main id="main" className={styles.page}>
      <h1 className={styles.title}>
        {result.ok ? formatMessage(text.resultsHeading, { query }) : text.heading}
      </h1>
      <SearchForm locale={locale} q={request.q} tab={request.tab} text={text} />
      {result.ok ? (
        <>
          {request.staleCursor ? <p className={styles.stale}>{text.staleCursor}</p> : null}
          <SearchResults
            found={result}
            firstPage={request.cursor === null}
            locale={locale}
            timeZone={displaySettings().timeZone}
            popularTags={tabs}
            text={text}
          />
        </>
      ) : (
        <SearchHint problem={result.problem} text={text}>
          <PopularTags locale={locale} tabs={tabs} text={text} />
        </SearchHint>
      )}
    </main>
  )
}
