import type { TLocale } from '@/lib/i18n/locales'
import { directionOf, type TDirection } from './number'

/**
 * Colours for price moves. Chinese readers expect 红涨绿跌 (rising prices red, falling green),
 * English readers the opposite; each edition's choice is a setting (MARKET_UP_COLOR_ZH,
 * MARKET_UP_COLOR_EN). The portal layout sets the CSS variables --color-up / --color-down from it,
 * and every stylesheet and chart reads those. Both colours keep 4.5:1 contrast on white, as text
 * needs.
 */
export type TUpColor = 'red' | 'green'

const RED = '#d92d20'
const GREEN = '#067647'
const GREY = '#475467'

export function marketColors(upColor: TUpColor): Record<TDirection, string> {
  const upIsRed = upColor === 'red'
  return { up: upIsRed ? RED : GREEN, down: upIsRed ? GREEN : RED, flat: GREY }
}

/** The colour rising prices get in an edition. */
export const upColorOf = (
  locale: TLocale,
  settings: { MARKET_UP_COLOR_ZH: TUpColor; MARKET_UP_COLOR_EN: TUpColor },
): TUpColor => (locale === 'en' ? settings.MARKET_UP_COLOR_EN : settings.MARKET_UP_COLOR_ZH)

/** The CSS custom properties that carry an edition's market colours into every stylesheet. */
export function marketColorVariables(upColor: TUpColor): React.CSSProperties {
  const colors = marketColors(upColor)
  return {
    '--color-up': colors.up,
    '--color-down': colors.down,
    '--color-flat': colors.flat,
  } as React.CSSProperties
}

/** Inline SVG strokes read the edition's colours through the same variables. */
export const MARKET_COLOR_VARIABLES: Record<TDirection, string> = {
  up: 'var(--color-up)',
  down: 'var(--color-down)',
  flat: 'var(--color-flat)',
}

export type TMarketDirection = TDirection
export { directionOf }
