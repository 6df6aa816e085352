import { fetchJson, type TFetchResult } from '@/lib/browser/apiClient'
import type { TLocale } from '@/lib/i18n/locales'
import { ZWatchlistNewsResponse, type TWatchlistNewsResponse } from '@/lib/watchlist/newsContract'

/**
 * A page of 自选资讯 (GET /api/watchlists/news) in the page's edition, after `cursor` when given.
 * A visitor's answer is a 401, which the caller shows as an invitation to log in.
 */
export function fetchWatchlistNews(
  locale: TLocale,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TFetchResult<TWatchlistNewsResponse>> {
  const query = new URLSearchParams({ locale })
  if (cursor) query.set('cursor', cursor)
  return fetchJson(`/api/watchlists/news?${query}`, ZWatchlistNewsResponse, { signal })
}
