import type { Payload } from 'payload'

import type { TLocale } from '@/lib/i18n/locales'

import { cardReadsOf } from './cardReads'
import type { TTab } from './cards'

export type { TTab } from './cards'

/**
 * The category tabs, in the order editors set, named in the edition. On SQLite one plain
 * statement (TCardReads); `portable` reads through Payload's adapter API, as on MongoDB (tests
 * compare both).
 */
export async function findTabs(
  payload: Payload,
  { locale, portable = false }: { locale: TLocale; portable?: boolean },
): Promise<TTab[]> {
  return (await cardReadsOf(payload, { portable })).tabs(locale)
}
