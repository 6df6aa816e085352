/**
 * What one reader's saved state must be after the soak, kept from the server's answers. A reader
 * writes one thing at a time, so the last acknowledged write of each key (its watchlist, its
 * bookmark of an article) decides the key's final state. A write that got no acknowledgement (no
 * answer, or an error) may or may not have been applied: from then on either outcome is accepted
 * for that key until a later write is acknowledged. Those writes are counted, and fail the soak
 * anyway, through the request counts.
 */

/** A bookmark that must exist (with the id the server gave it), must not, or may either way. */
export type TBookmarkExpectation =
  | { articleId: string; expect: 'present'; bookmarkId: string; acknowledged: number }
  | { articleId: string; expect: 'absent'; acknowledged: number }
  | { articleId: string; expect: 'either'; acknowledged: number }

export type TExpectedState = {
  /** Lists the watchlist may hold, in order (one unless a save went unacknowledged). */
  watchlistCandidates: string[][]
  watchlistAcknowledged: number
  bookmarks: TBookmarkExpectation[]
}

export type TActualState = {
  watchlist: string[]
  bookmarks: { bookmarkId: string; articleId: string }[]
}

export type TComparison = {
  acknowledged: number
  /** Acknowledged writes whose key ended in the state the ledger expects. */
  verified: number
  /** One line per key that did not, saying what was expected and what was found. */
  mismatches: string[]
}

type TBookmarkEntry = {
  state: TBookmarkExpectation['expect']
  bookmarkId?: string
  acknowledged: number
}

export class ReaderLedger {
  private watchlistCandidates: string[][] = [[]]
  private watchlistAcknowledged = 0
  private readonly bookmarks = new Map<string, TBookmarkEntry>()
  attempted = 0
  unacknowledged = 0

  /** The list the next save starts from: the last one sent. */
  currentWatchlist(): string[] {
    return [...this.watchlistCandidates.at(-1)!]
  }

  watchlistSaved(items: readonly string[], acknowledged: boolean): void {
    this.counted(acknowledged)
    if (acknowledged) {
      this.watchlistCandidates = [[...items]]
      this.watchlistAcknowledged += 1
    } else {
      this.watchlistCandidates.push([...items])
    }
  }

  /** Whether the reader has bookmarked the article; undefined while that is unknown. */
  isBookmarked(articleId: string): boolean | undefined {
    const state = this.bookmarks.get(articleId)?.state ?? 'absent'
    return state === 'either' ? undefined : state === 'present'
  }

  bookmarkIdOf(articleId: string): string | undefined {
    return this.bookmarks.get(articleId)?.bookmarkId
  }

  /** `bookmarkId` is the id of the created bookmark when the server acknowledged the write. */
  bookmarkAdded(articleId: string, bookmarkId: string | undefined): void {
    this.bookmarkWritten(articleId, bookmarkId ? { state: 'present', bookmarkId } : undefined)
  }

  bookmarkRemoved(articleId: string, acknowledged: boolean): void {
    this.bookmarkWritten(articleId, acknowledged ? { state: 'absent' } : undefined)
  }

  expected(): TExpectedState {
    return {
      watchlistCandidates: this.watchlistCandidates.map((list) => [...list]),
      watchlistAcknowledged: this.watchlistAcknowledged,
      bookmarks: [...this.bookmarks].map(([articleId, entry]) =>
        entry.state === 'present'
          ? {
              articleId,
              expect: 'present',
              bookmarkId: entry.bookmarkId!,
              acknowledged: entry.acknowledged,
            }
          : { articleId, expect: entry.state, acknowledged: entry.acknowledged },
      ),
    }
  }

  private bookmarkWritten(
    articleId: string,
    outcome: { state: 'present'; bookmarkId: string } | { state: 'absent' } | undefined,
  ): void {
    this.counted(outcome !== undefined)
    const acknowledged = (this.bookmarks.get(articleId)?.acknowledged ?? 0) + (outcome ? 1 : 0)
    this.bookmarks.set(
      articleId,
      outcome ? { ...outcome, acknowledged } : { state: 'either', acknowledged },
    )
  }

  private counted(acknowledged: boolean): void {
    this.attempted += 1
    if (!acknowledged) this.unacknowledged += 1
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index])

/** The reader's state as read back from the server, against what the ledger expects. */
export function compareWithLedger(expected: TExpectedState, actual: TActualState): TComparison {
  const mismatches: string[] = []
  let acknowledged = expected.watchlistAcknowledged
  let verified = 0
  if (expected.watchlistCandidates.some((list) => sameList(list, actual.watchlist))) {
    verified += expected.watchlistAcknowledged
  } else {
    mismatches.push(
      `watchlist is [${actual.watchlist.join(', ')}], expected [${expected.watchlistCandidates.at(-1)!.join(', ')}]`,
    )
  }

  const found = new Map(
    actual.bookmarks.map((bookmark) => [bookmark.articleId, bookmark.bookmarkId]),
  )
  for (const bookmark of expected.bookmarks) {
    acknowledged += bookmark.acknowledged
    const foundId = found.get(bookmark.articleId)
    found.delete(bookmark.articleId)
    const problem =
      bookmark.expect === 'present' && foundId !== bookmark.bookmarkId
        ? `missing (expected bookmark ${bookmark.bookmarkId}, found ${foundId ?? 'none'})`
        : bookmark.expect === 'absent' && foundId !== undefined
          ? `still there (bookmark ${foundId}) after its removal was acknowledged`
          : undefined
    if (problem) mismatches.push(`bookmark of article ${bookmark.articleId} ${problem}`)
    else verified += bookmark.acknowledged
  }
  // Bookmarks of articles the reader never wrote: nobody asked for them.
  for (const [articleId, bookmarkId] of found) {
    mismatches.push(
      `bookmark ${bookmarkId} of article ${articleId} was never written by this reader`,
    )
  }
  return { acknowledged, verified, mismatches }
}
