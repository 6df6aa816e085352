import { formatDateTimeShort } from '@/lib/format/datetime'
import type { TLocale } from '@/lib/i18n/locales'
import type { TArticleCard } from '@/lib/queries/cards'

/**
 * A card as the client lists draw it: the card's data plus its time already written out. The
 * server formats it because the browser's first Intl.DateTimeFormat with a time zone loads ICU's
 * zone data, a long task in the middle of hydrating the feed or an article page (the 我的自选
 * panel avoids it for the same reason: components/market/freshness.ts).
 */
export type TCardView = TArticleCard & {
  /** publishedAt in the display time zone and the edition's format, without seconds. */
  publishedText: string
}

export function toCardView(card: TArticleCard, timeZone: string, locale: TLocale): TCardView {
  return { ...card, publishedText: formatDateTimeShort(card.publishedAt, timeZone, locale) }
}
