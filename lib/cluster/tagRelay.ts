/**
 * Tells the other server processes (server.ts with WEB_CONCURRENCY > 1, lib/cluster) and the
 * other app instances (REDIS_URL, lib/redis) that cache tags were expired here. Shared through
 * globalThis for the reason lib/pageCache/processCache.ts gives: the server registers the relays,
 * and the app's compiled route code (lib/revalidate.ts) calls them from another module graph.
 */
const TAG_EXPIRY_RELAYS = Symbol.for('newsroom.tagExpiryRelays')

type TRelay = (tags: readonly string[]) => void

type TGlobalWithRelays = typeof globalThis & { [TAG_EXPIRY_RELAYS]?: TRelay[] }

export function registerTagExpiryRelay(relay: TRelay): void {
  const holder = globalThis as TGlobalWithRelays
  holder[TAG_EXPIRY_RELAYS] ??= []
  holder[TAG_EXPIRY_RELAYS].push(relay)
}

/** A no-op in a single server process without Redis, under `next dev`, tests and scripts. */
export function relayTagExpiry(tags: readonly string[]): void {
  for (const relay of (globalThis as TGlobalWithRelays)[TAG_EXPIRY_RELAYS] ?? []) relay(tags)
}
