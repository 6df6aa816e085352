/**
 * A 7-day sparkline is drawn about 100 px wide, so 84 points (one every 2 hours) are plenty;
 * CoinGecko sends 168. Fewer, shorter numbers keep each coin row small in the database.
 */
export const MAX_SPARKLINE_POINTS = 84

/** Evenly thinned (first and last points kept), rounded to 6 significant digits; null if < 2. */
export function compactSparkline(
  points: readonly number[] | null | undefined,
  max = MAX_SPARKLINE_POINTS,
): number[] | null {
  const finite = (points ?? []).filter((value) => Number.isFinite(value))
  if (finite.length < 2) return null
  const picked =
    finite.length <= max
      ? finite
      : Array.from({ length: max }, (_, index) => {
          const at = Math.round((index * (finite.length - 1)) / (max - 1))
          return finite[at] as number
        })
  return picked.map((value) => Number(value.toPrecision(6)))
}
