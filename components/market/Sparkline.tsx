import { directionOf, MARKET_COLOR_VARIABLES, type TMarketDirection } from '@/lib/format/colors'
import { formatMessage } from '@/lib/i18n/format'
import type { TMessages } from '@/lib/i18n/messages'

type TSparklineProps = {
  /** Prices, oldest first (a coin's `sparkline7d`). Fewer than two usable points draw nothing. */
  points: readonly (number | null)[] | null | undefined
  width?: number
  height?: number
  /** Colour by this instead of by first-to-last point (e.g. the 24h change shown next to it). */
  direction?: TMarketDirection
  /** Read out by screen readers; defaults to a description of the 7-day move in `text`. */
  label?: string
  text: TMessages['market']
  className?: string
}

/**
 * A small inline SVG line of a coin's last 7 days, drawn on the server (no client JavaScript).
 * Colours follow lib/format/colors.ts (红涨绿跌 by default).
 */
export function Sparkline({
  points,
  width = 96,
  height = 28,
  direction,
  label,
  className,
  text,
}: TSparklineProps) {
  const values = (points ?? []).filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  )
  if (values.length < 2) return null

  const first = values[0] as number
  const last = values[values.length - 1] as number
  const move = first === 0 ? 0 : ((last - first) / first) * 100
  // By the percentage shown in the label, so a "0.00%" week is never drawn as a rise or fall.
  const trend = direction ?? directionOf(move)
  const min = Math.min(...values)
  const max = Math.max(...values)
  // Keep the stroke inside the box.
  const pad = 1.5
  const xStep = (width - 2 * pad) / (values.length - 1)
  const yOf = (value: number) =>
    max === min ? height / 2 : pad + ((max - value) / (max - min)) * (height - 2 * pad)
  const coordinates = values
    .map((value, index) => `${round(pad + index * xStep)},${round(yOf(value))}`)
    .join(' ')

  return (
    <svg
      role="img"
      aria-label={
        label ??
        formatMessage(text.sparkline, { direction: text[trend], move: Math.abs(move).toFixed(2) })
      }
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      data-direction={trend}
    >
      <polyline
        points={coordinates}
        fill="none"
        style={{ stroke: MARKET_COLOR_VARIABLES[trend] }}
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  )
}

const round = (value: number) => Math.round(value * 100) / 100
