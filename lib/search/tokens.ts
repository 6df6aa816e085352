/**
 * The search index's words. Chinese has no spaces and a two-character word such as 质押 must find
 * every text containing it, so a run of CJK characters is indexed as its overlapping pairs (以太坊 →
 * 以太 太坊), the way Lucene's CJK analyzer does, plus its last character alone so that a single
 * character can be found as the start of a pair or a run's end. Other letters and digits form words.
 * Both sides are NFKC-folded and lower-cased, so full-width ＥＴＨ is eth.
 *
 * The tokens are stored space-separated with a space at each end (` 以太 太坊 坊 `): a phrase of
 * tokens is then a plain substring on any database (lib/search/portableSearch.ts), and the same
 * string feeds SQLite's FTS5 table (migrations/sqlite/…_search_index.ts, lib/db/sqliteSearch.ts).
 */

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u')
/** CJK runs, and runs of other letters and digits (a script change ends a run: ETH现货 is two). */
const RUNS = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+`, 'gu')

/** NFKC (full-width → half-width) and lower case: the form every comparison is made in. */
export const normalizeForSearch = (text: string): string => text.normalize('NFKC').toLowerCase()

/** The runs of CJK characters and of other letters and digits, in order. */
export function searchRuns(normalized: string): string[] {
  return normalized.match(RUNS) ?? []
}

export const isCjkRun = (run: string): boolean => CJK.test(run)

function pairs(run: string): string[] {
  const characters = [...run]
  const tokens: string[] = []
  for (let i = 0; i + 1 < characters.length; i++)
    tokens.push(`${characters[i] as string}${characters[i + 1] as string}`)
  return tokens
}

/** A text's index tokens, in order. */
export function indexTokens(text: string): string[] {
  const tokens: string[] = []
  for (const run of searchRuns(normalizeForSearch(text))) {
    if (!isCjkRun(run)) {
      tokens.push(run)
      continue
    }
    tokens.push(...pairs(run), [...run].at(-1) as string)
  }
  return tokens
}

/** The stored form: tokens between single spaces, with a space at each end. */
export function tokenString(text: string): string {
  const tokens = indexTokens(text)
  return tokens.length === 0 ? ' ' : ` ${tokens.join(' ')} `
}

/**
 * One thing a query requires: a run of tokens in a row (`prefix`: the last one may be the start of
 * a longer token, which is how one Chinese character is found).
 */
export type TSearchPhrase = { tokens: string[]; prefix: boolean }

/** The phrase a query's run requires: a word, a CJK run's pairs, or one CJK character as a prefix. */
export function phraseOfRun(run: string): TSearchPhrase {
  if (!isCjkRun(run)) return { tokens: [run], prefix: false }
  if ([...run].length === 1) return { tokens: [run], prefix: true }
  return { tokens: pairs(run), prefix: false }
}

/** The substring of a token string that a phrase is (see tokenString). */
export function phraseSubstring(phrase: TSearchPhrase): string {
  return ` ${phrase.tokens.join(' ')}${phrase.prefix ? '' : ' '}`
}
