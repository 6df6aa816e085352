import type { Payload } from 'payload'

import { cardReadsOf } from './cardReads'
import type { TTab } from './cards'

export type { TTab } from './cards'

/**
 * The category tabs, in the order editors set. On SQLite one plain statement (TCardReads);
 * `portable` reads through Payload's adapter API, as on MongoDB (tests compare both).
 */
export async function findTabs(payload: Payload, { portable = false } = {}): Promise<TTab[]> {
  return (await cardReadsOf(payload, { portable })).tabs()
}
