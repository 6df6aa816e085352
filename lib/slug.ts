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

/** A short random id of [a-z0-9]: 8 characters keep slugs unique in practice. */
export function shortId(length = 8): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('')
}

/** The calendar day of `date` in `timeZone` as yyyymmdd ("20261205"). */
export function dayOf(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(date)
    .replaceAll('-', '')
}

export type TSlugOptions = {
  /** The portal's display time zone: the day in a dateless slug is the readers' day. */
  timeZone: string
  date?: Date
  /** Random by default; fixed in tests. */
  id?: string
}

/**
 * Payload's default slugify turns a Chinese title into `articles-1`. A title with Latin words
 * keeps them for a readable URL (`solana-meme-k3x9q2ab`); an all-Chinese title gets the Chinese
 * portals' convention of a dated number-like slug (`20261205-k3x9q2`). The short id keeps two
 * equal titles apart. Titles in pinyin would need a pinyin package: swapping it in means changing
 * this function only.
 */
export function slugFromTitle(title: string, options: TSlugOptions): string {
  const words = latinWordsOf(title)
  if (words) return `${words}-${options.id ?? shortId()}`
  return `${dayOf(options.date ?? new Date(), options.timeZone)}-${options.id ?? shortId(6)}`
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
