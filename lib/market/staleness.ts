/** Figures older than this many refresh periods are shown as 数据延迟 instead of as current. */
export const STALE_AFTER_PERIODS = 3

export type TStalenessInput = {
  priceUpdatedAt: string | Date | null | undefined
  now?: Date
  /** MARKET_REFRESH_SECONDS. */
  refreshSeconds: number
}

/**
 * Whether a coin's market figures are too old to present as current: never updated, unreadable,
 * or older than three refresh periods (a refresh that failed twice in a row is still "current").
 */
export function isStale({
  priceUpdatedAt,
  now = new Date(),
  refreshSeconds,
}: TStalenessInput): boolean {
  if (priceUpdatedAt === null || priceUpdatedAt === undefined || priceUpdatedAt === '') return true
  const updated = priceUpdatedAt instanceof Date ? priceUpdatedAt : new Date(priceUpdatedAt)
  if (Number.isNaN(updated.getTime())) return true
  return now.getTime() - updated.getTime() > STALE_AFTER_PERIODS * refreshSeconds * 1000
}
