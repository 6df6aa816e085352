/**
 * Tells the server's other worker processes (server.ts with WEB_CONCURRENCY > 1) that cache tags
 * were expired here. Shared through globalThis for the reason lib/pageCache/processCache.ts gives:
 * the server registers the relay, and the app's compiled route code (lib/revalidate.ts) calls it
 * from another module graph.
 */
const TAG_EXPIRY_RELAY = Symbol.for('newsroom.tagExpiryRelay')

type TGlobalWithRelay = typeof globalThis & {
  [TAG_EXPIRY_RELAY]?: (tags: readonly string[]) => void
}

export function registerTagExpiryRelay(relay: (tags: readonly string[]) => void): void {
  ;(globalThis as TGlobalWithRelay)[TAG_EXPIRY_RELAY] = relay
}

/** A no-op in a single server process, under `next dev`, tests and scripts. */
export function relayTagExpiry(tags: readonly string[]): void {
  ;(globalThis as TGlobalWithRelay)[TAG_EXPIRY_RELAY]?.(tags)
}
