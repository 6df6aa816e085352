/**
 * Colours for price moves. Chinese readers expect 红涨绿跌 (rising prices red, falling green),
 * the opposite of the western convention; flip UP_IS_RED to switch the whole portal.
 */
export const UP_IS_RED = true

const RED = '#e5484d'
const GREEN = '#30a46c'
const GREY = '#8b8d98'

export const MARKET_COLORS = {
  up: UP_IS_RED ? RED : GREEN,
  down: UP_IS_RED ? GREEN : RED,
  flat: GREY,
} as const

export type TMarketDirection = keyof typeof MARKET_COLORS

/** Direction of a change; null or unknown counts as flat (grey), never as a rise or a fall. */
export function directionOf(change: number | null | undefined): TMarketDirection {
  if (change === null || change === undefined || !Number.isFinite(change) || change === 0) {
    return 'flat'
  }
  return change > 0 ? 'up' : 'down'
}
