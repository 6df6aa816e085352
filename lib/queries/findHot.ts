import type { Payload } from 'payload'

import { viewTotalsSince } from '@/lib/db/articleViews'
import { firstHourOf, type THotWindow } from '@/lib/hot/hours'
import type { TLocale } from '@/lib/i18n/locales'
import type { TArticleCard } from './cards'
import { findCards } from './findCards'

/** How many articles a 热门 list shows. */
export const HOT_LIST_SIZE = 10

/**
 * Candidates read per list: more than shown, so that drafts, unpublished or deleted articles and
 * (in English) articles without an English version among the most read leave room for the next.
 */
const CANDIDATES = HOT_LIST_SIZE * 4

export type THotItem = { card: TArticleCard; views: number }

/**
 * The most read published articles of the edition in the window, most views first. Articles are
 * read as a visitor (findCards): whatever a visitor cannot see is not in the list, whatever its
 * views.
 */
export async function findHotArticles(options: {
  payload: Payload
  locale: TLocale
  window: THotWindow
  now?: number
  portable?: boolean
}): Promise<THotItem[]> {
  const { payload, locale, window, portable } = options
  const totals = await viewTotalsSince(
    payload,
    firstHourOf(window, options.now ?? Date.now()),
    CANDIDATES,
    { portable },
  )
  if (totals.length === 0) return []
  const { cards } = await findCards({
    payload,
    locale,
    where: { id: { in: totals.map((total) => total.article) } },
    limit: totals.length,
    pagination: false,
    portable,
  })
  const cardById = new Map(cards.map((card) => [card.id, card]))
  return totals
    .flatMap(({ article, views }) => {
      const card = cardById.get(article)
      return card ? [{ card, views }] : []
    })
    .slice(0, HOT_LIST_SIZE)
}
