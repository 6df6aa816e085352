/** The 热门 windows and the hour buckets views are counted in (hours since the Unix epoch). */

export const HOT_WINDOWS = ['24h', '7d'] as const
export type THotWindow = (typeof HOT_WINDOWS)[number]

const HOUR_MS = 60 * 60 * 1000

export const WINDOW_HOURS: Record<THotWindow, number> = { '24h': 24, '7d': 7 * 24 }

/** The longest window: rows older than this are pruned. */
export const KEPT_HOURS = WINDOW_HOURS['7d']

export const hourOf = (at: number): number => Math.floor(at / HOUR_MS)

/**
 * The first hour bucket inside a window ending now. The current hour is partly elapsed, so a
 * window of 24 spans the current bucket and the 23 before it plus the part of the 24th that is
 * still inside: counted whole, at most an hour more than 24 h.
 */
export const firstHourOf = (window: THotWindow, now: number): number =>
  hourOf(now) - WINDOW_HOURS[window]
