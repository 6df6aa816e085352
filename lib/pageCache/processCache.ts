/**
 * The page cache of this server process, shared through globalThis: the custom server (server.ts)
 * and the app's compiled route code are separate module graphs, so a module-level variable would
 * give each its own copy and a publish in the app would never reach the server's cache.
 */
const PROCESS_PAGE_CACHE = Symbol.for('newsroom.processPageCache')

/** What the app needs from the server's page cache: forgetting every stored page. */
export type TClearablePageCache = { clear(): void }

type TGlobalWithPageCache = typeof globalThis & {
  [PROCESS_PAGE_CACHE]?: TClearablePageCache
}

export function registerProcessPageCache(cache: TClearablePageCache): void {
  ;(globalThis as TGlobalWithPageCache)[PROCESS_PAGE_CACHE] = cache
}

/**
 * Drops every page the server answers from memory, so the next reader of any page goes through
 * Next (whose tags were just expired). A no-op under `next dev`, tests and scripts, which run
 * without the custom server.
 */
export function clearProcessPageCache(): void {
  ;(globalThis as TGlobalWithPageCache)[PROCESS_PAGE_CACHE]?.clear()
}
