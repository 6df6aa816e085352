import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TSearchCursor } from '@/lib/search/indexHits'
import { SEARCH_TABS, ZSearchCursor, type TSearchTab } from '@/lib/search/siteSearch'

/**
 * The search page's URL, both ways: `/search?q=质押&tab=flashes&cursor=title.123` in each
 * edition. The header form writes `q` only, so the first tab (文章) has no `tab` parameter.
 */

export type TPageSearchParams = Record<string, string | string[] | undefined>

export type TSearchRequest = {
  q: string
  tab: TSearchTab
  cursor: TSearchCursor | null
  /** A `cursor` this site never gave out (edited, cut short): the first page is shown instead. */
  staleCursor: boolean
}

const DEFAULT_TAB: TSearchTab = 'articles'

/**
 * What a URL may carry back into the page (the form, the headings). A query this long is refused
 * by the search anyway (MAX_QUERY_LENGTH); this only keeps a pasted novel out of the HTML.
 */
const MAX_ECHOED_CHARACTERS = 256

/** A repeated parameter (`?q=a&q=b`) counts once, as the form would send it. */
const firstOf = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const isTab = (value: string | undefined): value is TSearchTab =>
  (SEARCH_TABS as readonly string[]).includes(value ?? '')

/** The page's parameters, whatever the URL holds: never an error, at worst the first page. */
export function readSearchRequest(params: TPageSearchParams): TSearchRequest {
  const q = [...(firstOf(params.q) ?? '')].slice(0, MAX_ECHOED_CHARACTERS).join('')
  const tab = firstOf(params.tab)
  const rawCursor = firstOf(params.cursor)
  const cursor = rawCursor === undefined ? null : ZSearchCursor.safeParse(rawCursor)
  return {
    q,
    tab: isTab(tab) ? tab : DEFAULT_TAB,
    cursor: cursor?.success ? cursor.data : null,
    staleCursor: cursor ? !cursor.success : false,
  }
}

/** A search page's URL in an edition. */
export function searchHref(
  locale: TLocale,
  { q, tab = DEFAULT_TAB, cursor }: { q: string; tab?: TSearchTab; cursor?: string | null },
): string {
  const query = new URLSearchParams({ q })
  if (tab !== DEFAULT_TAB) query.set('tab', tab)
  if (cursor) query.set('cursor', cursor)
  return localizedPath(locale, `/search?${query.toString()}`)
}

/** The query as a heading or a title shows it: long ones shortened. */
export function shortQuery(q: string, maxCharacters = 24): string {
  const characters = [...q.replace(/\s+/g, ' ').trim()]
  return characters.length <= maxCharacters
    ? characters.join('')
    : `${characters.slice(0, maxCharacters).join('')}…`
}
