import type { Payload } from 'payload'

import { addArticleViews, pruneArticleViews } from '@/lib/db/articleViews'
import { hourOf, KEPT_HOURS } from './hours'
import { firstViewAcrossInstances } from './sharedViews'
import { ViewCounter } from './viewCounter'

/**
 * How views are counted in a server process. Flushing every 10 s keeps the store (and so the
 * lists, refreshed every minute) at most that far behind; 20,000 pending pairs bound memory at a
 * few MB under a flood. One view per client and article per 30 minutes.
 */
export const VIEW_COUNTING = {
  flushMs: 10_000,
  maxPending: 20_000,
  dedupeMs: 30 * 60 * 1000,
  maxRemembered: 200_000,
} as const

// Next bundles Payload's endpoints apart from other server code, so this module may be loaded
// more than once in one process; the counter must still be one per process (as the limiters).
const REGISTRY = Symbol.for('newsroom.viewCounter')
type THolder = { [REGISTRY]?: ViewCounter }

/** Writes a batch and, at most once an hour, prunes the rows the longest window no longer reads. */
function writerFor(payload: Payload) {
  let prunedHour = -1
  return async (rows: Parameters<typeof addArticleViews>[1]) => {
    await addArticleViews(payload, rows)
    const hour = hourOf(Date.now())
    if (hour !== prunedHour) {
      prunedHour = hour
      await pruneArticleViews(payload, hour - KEPT_HOURS)
    }
  }
}

/** This process's counter, started on first use. */
export function viewCounterOf(payload: Payload): ViewCounter {
  const holder = globalThis as THolder
  if (!holder[REGISTRY]) {
    const counter = new ViewCounter({
      ...VIEW_COUNTING,
      write: writerFor(payload),
      onError: (error) => payload.logger.error({ err: error, msg: 'writing article views failed' }),
      firstViewElsewhere: (client, article) =>
        firstViewAcrossInstances(client, article, VIEW_COUNTING.dedupeMs),
    })
    counter.start()
    holder[REGISTRY] = counter
  }
  return holder[REGISTRY]
}
