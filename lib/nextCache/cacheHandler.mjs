// Next's cache, minus what strangers could make it keep. Loaded by Next at run time by path
// (next.config.ts `cacheHandler`), hence plain JavaScript. With REDIS_URL the production server
// registers a cache shared by every app instance (lib/nextCache/sharedNextCache.ts) before Next
// starts; otherwise this is Next's own file-system cache. It relies on a Next internal pinned in
// package.json; tests/e2e/junk-urls.e2e.spec.ts fails if an upgrade changes it.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

// Next's limit for one data-cache entry, which it applies only to its own handler.
const MAX_DATA_ENTRY_BYTES = 2 * 1024 * 1024

const SHARED_NEXT_CACHE = Symbol.for('newsroom.sharedNextCache')

/**
 * Whether an entry is worth keeping. A page whose render ended in notFound() is stored by Next
 * with its 404 status, once per URL: an unknown slug, a cursor past the end or a page number past
 * the end would each leave a page on disk and in memory, without bound. Only successful answers
 * are kept; the others are rendered again when asked for, as any uncached 404 is.
 */
export function isKept(data) {
  if (!data) return true
  if ('status' in data && data.status !== undefined && data.status !== 200) return false
  if (data.kind === 'FETCH') return JSON.stringify(data.data).length <= MAX_DATA_ENTRY_BYTES
  return true
}

export default class BoundedCache {
  constructor(context) {
    const SharedCache = globalThis[SHARED_NEXT_CACHE]
    this.cache = SharedCache ? new SharedCache(context) : new FileSystemCache(context)
  }

  get(...args) {
    return this.cache.get(...args)
  }

  async set(key, data, ctx) {
    if (!isKept(data)) return
    return this.cache.set(key, data, ctx)
  }

  revalidateTag(...args) {
    return this.cache.revalidateTag(...args)
  }

  resetRequestCache() {
    this.cache.resetRequestCache?.()
  }
}
