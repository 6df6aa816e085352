/**
 * An IntersectionObserver delivers every change it saw since its last callback, oldest first: when
 * the page is busy (the admin list re-lays out its table while hydrating), one callback can carry
 * "below the window" and then "in the window" for the same row. Payload's `useIntersect` keeps the
 * first entry of a callback, so such a row believes it is off screen and its relationship cell
 * (the list's 标签 column) stays at <没有 标签> until it is scrolled out and back. Keeping only each
 * target's newest entry makes the first entry the current one.
 */
export function latestEntryPerTarget<TEntry extends { target: unknown }>(
  entries: readonly TEntry[],
): TEntry[] {
  const latest = new Map<unknown, TEntry>()
  for (const entry of entries) {
    latest.delete(entry.target)
    latest.set(entry.target, entry)
  }
  return [...latest.values()]
}

const INSTALLED = Symbol.for('newsroom.latestIntersectionEntries')

/** Makes every IntersectionObserver created afterwards on this page report newest entries only. */
export function installLatestIntersectionEntries(target: typeof globalThis = globalThis): void {
  const Native = target.IntersectionObserver
  if (!Native || (Native as unknown as Record<symbol, boolean>)[INSTALLED]) return
  class LatestEntriesIntersectionObserver extends Native {
    static [INSTALLED] = true
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => callback(latestEntryPerTarget(entries), observer), options)
    }
  }
  target.IntersectionObserver = LatestEntriesIntersectionObserver
}
