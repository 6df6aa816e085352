import type {
  CacheHandlerValue,
  Handler,
  HandlerGetMeta,
} from '@fortedigital/nextjs-cache-handler/cache-handler.types'

export type TLocalLayerOptions = {
  /**
   * How long an entry is answered from memory. It bounds how stale this instance can be when it
   * missed another instance's expiry (Redis unreachable): after this, it asks Redis, or renders.
   */
  maxAgeMs: number
  /** Entries kept at most; the least recently stored go first. */
  maxEntries: number
  now?: () => number
}

/** Next's implicit tags (`_N_T_/path`), which revalidatePath expires. */
const IMPLICIT_TAG_PREFIX = '_N_T_'

/**
 * The small in-process layer in front of Redis (lib/nextCache/twoLevelHandler.ts): the entries
 * this instance read or wrote in the last `maxAgeMs`, so a popular page costs no Redis round trip
 * and no decoding on every render, and an instance keeps serving what it has while Redis is away.
 * Expiring a tag drops its entries here; an expiry from another instance arrives over pub/sub.
 */
export class LocalCacheLayer implements Handler {
  readonly name = 'local'
  private readonly entries = new Map<string, { value: CacheHandlerValue; storedAt: number }>()
  private readonly implicitTagsExpiredAt = new Map<string, number>()
  private readonly now: () => number

  constructor(private readonly options: TLocalLayerOptions) {
    this.now = options.now ?? Date.now
  }

  get size(): number {
    return this.entries.size
  }

  async get(key: string, meta?: HandlerGetMeta): Promise<CacheHandlerValue | null> {
    const entry = this.entries.get(key)
    if (!entry) return null
    if (this.now() - entry.storedAt >= this.options.maxAgeMs) {
      this.entries.delete(key)
      return null
    }
    for (const tag of meta?.implicitTags ?? []) {
      const expiredAt = this.implicitTagsExpiredAt.get(tag)
      if (expiredAt !== undefined && expiredAt > entry.value.lastModified) {
        this.entries.delete(key)
        return null
      }
    }
    return entry.value
  }

  async set(key: string, value: CacheHandlerValue): Promise<void> {
    const now = this.now()
    this.entries.delete(key)
    this.entries.set(key, { value, storedAt: now })
    // Map iterates in insertion order, which is storage order: the first entries are the oldest.
    // Dropping those past their age here keeps in memory only what was stored in the last
    // maxAgeMs, not maxEntries pages that nobody asks for again.
    for (const [oldest, { storedAt }] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && now - storedAt < this.options.maxAgeMs)
        break
      this.entries.delete(oldest)
    }
  }

  async revalidateTag(tag: string): Promise<void> {
    if (tag.startsWith(IMPLICIT_TAG_PREFIX)) this.implicitTagsExpiredAt.set(tag, this.now())
    for (const [key, { value }] of this.entries) {
      if (value.tags.includes(tag)) this.entries.delete(key)
    }
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key)
  }

  /** Forgets everything: after an outage, when expiries may have been missed. */
  clear(): void {
    this.entries.clear()
  }
}
