/**
 * A small time-limited cache of promises, so that many readers typing the same query cost one
 * provider call (the free tier allows 10–30 calls a minute). A rejected promise is dropped at once.
 */
export function createPromiseCache<T>(options: {
  ttlMs: number
  maxEntries: number
  now?: () => number
}) {
  const now = options.now ?? Date.now
  const entries = new Map<string, { at: number; value: Promise<T> }>()
  const peek = (key: string): Promise<T> | undefined => {
    const hit = entries.get(key)
    return hit && now() - hit.at < options.ttlMs ? hit.value : undefined
  }
  return {
    /** The cached promise while it is fresh, loading nothing: a hit costs no provider call. */
    peek,
    get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = peek(key)
      if (hit) return hit
      entries.delete(key)
      const value = load()
      entries.set(key, { at: now(), value })
      value.catch(() => entries.delete(key))
      // Map keeps insertion order: the first key is the oldest.
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
      return value
    },
    clear: () => entries.clear(),
  }
}
