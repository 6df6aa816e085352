import { normalizeForSearch } from './tokens'

export type TSnippetPart = { text: string; match: boolean }

/** Characters of context shown before the first match. */
const LEAD = 24

/**
 * Each character's folded form, so that matches found in the folded text map back to the
 * characters the reader sees (NFKC turns ＥＴＨ into eth one character each; the rare character
 * that folds into several keeps its place as one).
 */
function foldEach(text: string): { folded: string[]; original: string[] } {
  const original = [...text]
  return { original, folded: original.map((character) => normalizeForSearch(character)) }
}

/** Whether `word` (folded) starts at character `index` of the folded characters. */
function matchesAt(folded: string[], index: number, word: string): number {
  let joined = ''
  for (let end = index; end < folded.length && joined.length < word.length; end++) {
    joined += folded[end] as string
    if (joined === word) return end - index + 1
  }
  return 0
}

/**
 * Up to `length` characters of `text` around the first match, cut into parts with the query's
 * words marked, for a results list. Without a match: the beginning of the text.
 */
export function highlightSnippet(text: string, words: string[], length = 120): TSnippetPart[] {
  const { folded, original } = foldEach(text.replace(/\s+/g, ' ').trim())
  const sorted = [...words].sort((a, b) => b.length - a.length)
  const marks: boolean[] = new Array(original.length).fill(false)
  let first = -1
  for (let i = 0; i < folded.length; i++) {
    for (const word of sorted) {
      const span = matchesAt(folded, i, word)
      if (span === 0) continue
      if (first < 0) first = i
      for (let j = i; j < i + span; j++) marks[j] = true
      break
    }
  }
  const start = first <= LEAD ? 0 : first - LEAD
  const end = Math.min(original.length, start + length)
  const parts: TSnippetPart[] = []
  if (start > 0) parts.push({ text: '…', match: false })
  for (let i = start; i < end; i++) {
    const character = original[i] as string
    const match = marks[i] === true
    const last = parts.at(-1)
    if (last && last.match === match && last.text !== '…') last.text += character
    else parts.push({ text: character, match })
  }
  if (end < original.length) parts.push({ text: '…', match: false })
  return parts
}
