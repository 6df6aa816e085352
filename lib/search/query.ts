import { normalizeForSearch, phraseOfRun, searchRuns, type TSearchPhrase } from './tokens'

/** Longer queries are refused: each word is one more condition on the index. */
export const MAX_QUERY_LENGTH = 64
export const MAX_QUERY_WORDS = 8

export type TSearchQuery = {
  /** What the reader typed, trimmed (shown back on the page). */
  text: string
  /** Every phrase must be found (AND); see lib/search/tokens.ts. */
  phrases: TSearchPhrase[]
  /** The normalized runs, for highlighting the snippet. */
  words: string[]
}

/** Why a query is not searched: the page says so with a hint instead of results. */
export type TQueryProblem = 'empty' | 'tooLong' | 'noWords' | 'tooManyWords'

export type TParsedQuery = { ok: true; query: TSearchQuery } | { ok: false; problem: TQueryProblem }

/**
 * A reader's query as index phrases. Words separated by spaces are each required (`以太坊 质押`);
 * inside a word, a change of script separates too (`ETH质押` is eth and 质押), because writers put a
 * space there or not as they please. Punctuation is ignored.
 */
export function parseSearchQuery(raw: string | null | undefined): TParsedQuery {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim()
  if (!text) return { ok: false, problem: 'empty' }
  if ([...text].length > MAX_QUERY_LENGTH) return { ok: false, problem: 'tooLong' }
  const words = [...new Set(searchRuns(normalizeForSearch(text)))]
  if (words.length === 0) return { ok: false, problem: 'noWords' }
  if (words.length > MAX_QUERY_WORDS) return { ok: false, problem: 'tooManyWords' }
  return { ok: true, query: { text, phrases: words.map(phraseOfRun), words } }
}
