import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'
import type { TSearchResponse } from './watchlistApi'

type TText = TMessages['watchlist']

/** What GET /api/coins/search accepts (endpoints/coins/search.ts), checked before asking. */
export const SEARCH_MAX_LENGTH = 40
const SEARCH_PATTERN = /^[\p{L}\p{M}\p{N} .-]+$/u

export type TQueryCheck = { ok: true; query: string } | { ok: false; reason: string | null }

/** The query to send, or why not: null reason for an empty box (nothing to say). */
export function checkSearchQuery(raw: string, text: TText): TQueryCheck {
  const query = raw.trim().replace(/\s+/g, ' ')
  if (!query) return { ok: false, reason: null }
  if (query.length > SEARCH_MAX_LENGTH) {
    return { ok: false, reason: formatMessage(text.tooLong, { max: SEARCH_MAX_LENGTH }) }
  }
  if (!SEARCH_PATTERN.test(query)) {
    return { ok: false, reason: text.badCharacters }
  }
  return { ok: true, query }
}

/** What the reader is told when a search lists only the collection's coins; null when complete. */
export function providerNoteOf(provider: TSearchResponse['provider'], text: TText): string | null {
  if (provider.leftOut === 'reader-budget') {
    const minutes = Math.max(1, Math.ceil((provider.retryAfterSeconds ?? 60) / 60))
    return formatMessage(text.searchBudget, { minutes })
  }
  return provider.ok ? null : text.providerDown
}
