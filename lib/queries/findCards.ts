import type { Payload, Where } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'
import { cardReadsOf } from './cardReads'
import type { TRawCardRow, TTab } from './cards'
import { inEdition } from './editions'
import { findAsVisitor, visitorRequest } from './readAsVisitor'

type TCardQuery = {
  payload: Payload
  /** The edition: its texts, and in English only articles written in English. */
  locale: TLocale
  /**
   * Tags the caller has already read as a visitor: the category tabs, which are every tag. The
   * portable reads look a card's tags up here first; on SQLite the tags come with the relations.
   */
  knownTags?: TTab[]
  where: Where
  sort?: string[]
  limit: number
  page?: number
  pagination?: boolean
  /** Read only through Payload's adapter API, as on MongoDB, even on SQLite (tests compare both). */
  portable?: boolean
}

/**
 * Articles as cards: the articles, then their tags, coins and covers, all as an anonymous visitor
 * may read them (TCardReads: on SQLite the look-ups are two SQL statements, elsewhere one adapter
 * query per collection). The same cards as `payload.find` with `depth: 1` and CARD_POPULATE, whose
 * populate runs every relation of every article through Payload's read pipeline one by one: this
 * is on every cache miss of a feed, tag or article page.
 */
export async function findCards({ payload, locale, knownTags, portable, ...query }: TCardQuery) {
  const reads = await cardReadsOf(payload, { portable })
  const visitor = await visitorRequest(payload)
  const result = await findAsVisitor(payload, 'articles', {
    ...query,
    where: inEdition(locale, [query.where]),
    locale,
    select: reads.articleSelect,
    visitor,
  })
  const cards = await reads.toCards(result.docs as TRawCardRow[], { locale, knownTags, visitor })
  return { cards, totalPages: result.totalPages }
}
