import { isWritten } from '@/lib/i18n/written'

import { lexicalPlainText } from './lexicalText'
import { tokenString } from './tokens'

export const SEARCH_KINDS = ['article', 'flash'] as const
export type TSearchKind = (typeof SEARCH_KINDS)[number]
export const SEARCH_LANGUAGES = ['zh', 'en'] as const
export type TSearchLanguage = (typeof SEARCH_LANGUAGES)[number]

/** A search-documents row as the index writes it (rank is chosen when it is stored). */
export type TSearchEntry = {
  kind: TSearchKind
  docId: string
  language: TSearchLanguage
  publishedAt: string
  slug: string | null
  title: string
  text: string
  titleTokens: string
  tokens: string
}

type TLocalized<T> = Partial<Record<'zh-CN' | 'zh-TW' | 'en', T | null>> | null | undefined

/** An article or a flash read with `locale: 'all'`: localized fields are per-locale objects. */
export type TIndexableDoc = {
  id: string | number
  _status?: string | null
  publishedAt?: string | null
  slug?: string | null
  title?: TLocalized<string>
  summary?: TLocalized<string>
  body?: TLocalized<unknown>
  text?: TLocalized<string>
}

const LOCALE_OF: Record<TSearchLanguage, 'zh-CN' | 'en'> = { zh: 'zh-CN', en: 'en' }

function entry(
  kind: TSearchKind,
  doc: TIndexableDoc,
  language: TSearchLanguage,
  title: string,
  text: string,
): TSearchEntry {
  return {
    kind,
    docId: String(doc.id),
    language,
    publishedAt: doc.publishedAt as string,
    slug: doc.slug ?? null,
    title,
    text,
    titleTokens: tokenString(title),
    tokens: tokenString(`${title}\n${text}`),
  }
}

/**
 * The rows a published article has in the index: its Chinese text, and its English version when
 * one is written (the English edition shows only those). Nothing for a draft or unpublished one.
 */
export function articleEntries(doc: TIndexableDoc): TSearchEntry[] {
  if (doc._status !== 'published' || !doc.publishedAt) return []
  return (['zh', 'en'] as const).flatMap((language) => {
    const locale = LOCALE_OF[language]
    const title = doc.title?.[locale]
    const body = doc.body?.[locale]
    if (!isWritten(title) || (language === 'en' && !isWritten(body))) return []
    const summary = doc.summary?.[locale] ?? ''
    const text = `${summary}\n${lexicalPlainText(body)}`.trim()
    return [entry('article', doc, language, String(title), text)]
  })
}

/** A flash's rows: its text (with its title, when it has one) per written language. */
export function flashEntries(doc: TIndexableDoc): TSearchEntry[] {
  if (doc._status !== 'published' || !doc.publishedAt) return []
  return (['zh', 'en'] as const).flatMap((language) => {
    const locale = LOCALE_OF[language]
    const text = doc.text?.[locale]
    if (!isWritten(text)) return []
    const title = doc.title?.[locale]
    return [entry('flash', doc, language, isWritten(title) ? String(title) : '', String(text))]
  })
}

/** FNV-1a: a stable number for the row, so that ranks of one second rarely collide. */
function rowNumber(entry: Pick<TSearchEntry, 'kind' | 'docId' | 'language'>): number {
  let hash = 0x811c9dc5
  for (const character of `${entry.kind}:${entry.docId}:${entry.language}`) {
    hash ^= character.codePointAt(0) as number
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 1_000_000
}

/**
 * The row's place in newest-first order, unique in the index: the publishing second × 1,000,000
 * plus a number from the row's identity (+ `attempt` after a collision). Below 2^53 until 2255.
 */
export function searchRank(entry: TSearchEntry, attempt = 0): number {
  const second = Math.floor(Date.parse(entry.publishedAt) / 1000)
  return second * 1_000_000 + ((rowNumber(entry) + attempt) % 1_000_000)
}
