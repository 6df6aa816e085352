import type { Payload } from 'payload'

import { sqliteCardReads } from '@/lib/db/sqliteReads'
import type { TCardReads } from './cards'
import { portableCardReads } from './portableReads'

const chosen = new WeakMap<Payload, Promise<TCardReads>>()

/**
 * The card reads of this Payload instance, chosen on its first read and kept: plain SQL on SQLite
 * while the collections' read rules are the ones that SQL applies (lib/db/sqliteReads.ts), else
 * the portable reads. `portable` forces those, as MongoDB runs them (tests compare both).
 */
export function cardReadsOf(payload: Payload, { portable = false } = {}): Promise<TCardReads> {
  if (portable) return Promise.resolve(portableCardReads(payload))
  let reads = chosen.get(payload)
  if (!reads) {
    reads = sqliteCardReads(payload).then((sql) => sql ?? portableCardReads(payload))
    // A choice that failed is made again on the next read rather than kept.
    reads.catch(() => chosen.delete(payload))
    chosen.set(payload, reads)
  }
  return reads
}
