import { randomBytes } from 'node:crypto'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_SLUG_LENGTH = 96
const MAX_WORDS_LENGTH = 60

/** The Latin words and numbers of a title, lower-cased and hyphenated ("Web 3.0 与 DeFi" → "web-3-0-defi"). */
export function latinWordsOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g)
  if (!words) return ''
  let joined = ''
  for (const word of words) {
    const next = joined ? `${joined}-${word}` : word
    if (next.length > MAX_WORDS_LENGTH) break
    joined = next
  }
  return joined
}

/** A short random id: 8 characters of [a-z0-9], enough to keep slugs unique in practice. */
export function shortId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('')
}

/**
 * Payload's default slugify turns a Chinese title into `articles-1`; we keep the Latin words for
 * readable URLs and add a short id so that two titles without Latin words never collide.
 */
export function slugFromTitle(title: string, id: string = shortId()): string {
  const words = latinWordsOf(title)
  return words ? `${words}-${id}` : id
}

/** Payload field validator: returns true or the message an editor sees. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return '必填 / required'
  if (value.length > MAX_SLUG_LENGTH)
    return `最多 ${MAX_SLUG_LENGTH} 个字符 / at most ${MAX_SLUG_LENGTH} characters`
  if (!SLUG_PATTERN.test(value)) {
    return '只能包含小写字母、数字和连字符 / only lower-case letters, digits and single hyphens'
  }
  return true
}
