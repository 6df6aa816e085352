import type { Payload } from 'payload'

import { sqliteAdapterOf } from '@/lib/db/kind'

import { pageOfHits, type TIndexPage, type TIndexSearch } from './indexHits'
import { portablePhaseReader } from './portableSearch'
import { sqlitePhaseReader } from '@/lib/db/sqliteSearch'

/** A page of the index's hits: through FTS5 on SQLite, by substring elsewhere (same results). */
export function searchIndex(payload: Payload, search: TIndexSearch): Promise<TIndexPage> {
  const sqlite = sqliteAdapterOf(payload)
  return pageOfHits(search, sqlite ? sqlitePhaseReader(sqlite) : portablePhaseReader(payload))
}
