import { directionOf, type TDirection } from './number'

/**
 * Colours for price moves. Chinese readers expect 红涨绿跌 (rising prices red, falling green),
 * the opposite of the western convention; flip UP_IS_RED to switch the whole portal: the CSS
 * variables --color-up / --color-down are set from MARKET_COLORS in the portal layout.
 * Both colours keep 4.5:1 contrast on white, as text needs.
 */
export const UP_IS_RED = true

const RED = '#d92d20'
const GREEN = '#067647'
const GREY = '#475467'

export const MARKET_COLORS = {
  up: UP_IS_RED ? RED : GREEN,
  down: UP_IS_RED ? GREEN : RED,
  flat: GREY,
} as const satisfies Record<TDirection, string>

export type TMarketDirection = TDirection
export { directionOf }

/** The CSS custom properties that carry MARKET_COLORS into every stylesheet. */
export const marketColorVariables = {
  '--color-up': MARKET_COLORS.up,
  '--color-down': MARKET_COLORS.down,
  '--color-flat': MARKET_COLORS.flat,
} as React.CSSProperties
