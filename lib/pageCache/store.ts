import type { OutgoingHttpHeaders } from 'node:http'

import type { TClearablePageCache } from './processCache'

export type TStoredPage = {
  statusCode: number
  headers: OutgoingHttpHeaders
  body: Buffer
  storedAt: number
}

export type TPageStoreOptions = {
  /** How long a stored page is answered from memory, in ms. */
  ttlMs: number
  /**
   * How much longer an expired page may still be answered while one request renders its
   * replacement, in ms (0: never). Bounds how stale a page gets when its renewal is slow.
   */
  staleMs?: number
  /** Upper bound on the bytes of all stored bodies; the least recently stored go first. */
  maxBytes: number
  /** Bodies larger than this are never stored (a few pages must not evict all the others). */
  maxEntryBytes: number
  now?: () => number
}

/**
 * Pages kept in memory for a short time. `clear()` forgets everything and starts a new
 * generation: a render that began before the clear (and may have read the old data) is refused
 * when it tries to store its result, so a publish cannot be overwritten by a slower old render.
 */
export class PageStore implements TClearablePageCache {
  private readonly pages = new Map<string, TStoredPage>()
  private bytes = 0
  private currentGeneration = 0
  private readonly now: () => number

  constructor(private readonly options: TPageStoreOptions) {
    this.now = options.now ?? Date.now
  }

  get generation(): number {
    return this.currentGeneration
  }

  get size(): number {
    return this.pages.size
  }

  get storedBytes(): number {
    return this.bytes
  }

  /** The page if it is still fresh. */
  get(key: string): TStoredPage | undefined {
    const found = this.lookup(key)
    return found?.fresh ? found.page : undefined
  }

  /** The page while it is fresh, or expired by at most `staleMs` (then `fresh` is false). */
  lookup(key: string): { page: TStoredPage; fresh: boolean } | undefined {
    const page = this.pages.get(key)
    if (!page) return undefined
    const age = this.now() - page.storedAt
    if (age < this.options.ttlMs) return { page, fresh: true }
    if (age < this.options.ttlMs + (this.options.staleMs ?? 0)) return { page, fresh: false }
    this.delete(key)
    return undefined
  }

  /** Stores a page rendered during `generation`; refused if the cache was cleared since. */
  set(key: string, page: Omit<TStoredPage, 'storedAt'>, generation: number): boolean {
    if (generation !== this.currentGeneration) return false
    if (page.body.length > this.options.maxEntryBytes) return false
    this.delete(key)
    this.pages.set(key, { ...page, storedAt: this.now() })
    this.bytes += page.body.length
    // Map iterates in insertion order: the first keys are the oldest pages.
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.options.maxBytes) break
      this.delete(oldest)
    }
    return true
  }

  clear(): void {
    this.pages.clear()
    this.bytes = 0
    this.currentGeneration += 1
  }

  private delete(key: string): void {
    const page = this.pages.get(key)
    if (!page) return
    this.pages.delete(key)
    this.bytes -= page.body.length
  }
}
