import { hourOf } from './hours'

/** Views of one article in one hour, as a batch adds them to the store. */
export type TViewIncrement = { article: string; hour: number; count: number }

/**
 * Views counted in memory since the last flush, by article and hour. Recording one is a Map
 * update: this is what the endpoint does per view, so the count costs next to nothing; the store
 * sees one increment per article and hour per flush, however many views it had.
 */
export class ViewBatch {
  private counts = new Map<string, TViewIncrement>()

  add(article: string, at: number): void {
    const hour = hourOf(at)
    const key = `${hour}:${article}`
    const row = this.counts.get(key)
    if (row) row.count += 1
    else this.counts.set(key, { article, hour, count: 1 })
  }

  /** Distinct (article, hour) pairs waiting. */
  get size(): number {
    return this.counts.size
  }

  /** Everything counted so far; the batch starts empty again. */
  take(): TViewIncrement[] {
    const rows = [...this.counts.values()]
    this.counts = new Map()
    return rows
  }

  /** Puts back rows a failed write did not store, so the next flush tries them again. */
  restore(rows: TViewIncrement[]): void {
    for (const row of rows) {
      const key = `${row.hour}:${row.article}`
      const existing = this.counts.get(key)
      if (existing) existing.count += row.count
      else this.counts.set(key, { ...row })
    }
  }
}
