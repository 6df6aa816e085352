import { fetchJson, type TFetchResult } from '@/lib/browser/apiClient'
import type { TWatchlistResponse } from '@/lib/watchlist/contract'
import { watchlistResponseParser } from './panelResponse'

/**
 * The user's own list, or the top coins for a visitor, in one request (a visitor asking for
 * /mine would get a 401). /watchlist asks for the 7-day series too; the sidebar does not. The
 * answer is checked by hand (panelResponse.ts): this module is part of every feed and article
 * page's first scripts, which should not carry zod.
 */
export function fetchPanel(
  signal?: AbortSignal,
  options: { sparklines?: boolean } = {},
): Promise<TFetchResult<TWatchlistResponse>> {
  const query = options.sparklines ? '?include=sparklines' : ''
  return fetchJson(`/api/watchlists/panel${query}`, watchlistResponseParser, { signal })
}

/** Replaces the signed-in user's list with these coins in this order; answers the saved list. */
export function saveWatchlist(ids: readonly string[]): Promise<TFetchResult<TWatchlistResponse>> {
  return fetchJson('/api/watchlists/mine', watchlistResponseParser, {
    method: 'PUT',
    json: { items: ids },
  })
}
