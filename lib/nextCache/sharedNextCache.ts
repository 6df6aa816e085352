import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types'

/**
 * Read by lib/nextCache/cacheHandler.mjs, the handler Next loads by path: when the production
 * server registered a shared cache here (REDIS_URL), Next's cache goes through it; otherwise Next
 * keeps its own file-system cache, as before. globalThis, because Next loads that file apart from
 * the server's bundle.
 */
const SHARED_NEXT_CACHE = Symbol.for('newsroom.sharedNextCache')

type TGlobalWithSharedCache = typeof globalThis & { [SHARED_NEXT_CACHE]?: typeof CacheHandler }

/**
 * Makes `handler` Next's cache in this process, through @fortedigital/nextjs-cache-handler's
 * CacheHandler (which turns Next's calls into the library's entries with their lifespans).
 * Must run before Next creates its first cache (before app.prepare()).
 */
export function registerSharedNextCache(handler: Handler): void {
  CacheHandler.onCreation(() => ({ handlers: [handler] }))
  ;(globalThis as TGlobalWithSharedCache)[SHARED_NEXT_CACHE] = CacheHandler
}
