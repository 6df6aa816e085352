import { z } from 'zod'

const ZSparkline = z.array(z.number().refine(Number.isFinite)).min(2).max(500).nullable()

/** Payload field validation of `coins.sparkline7d`: null, or 2–500 finite numbers. */
export function validateSparkline(value: unknown): true | string {
  if (value === undefined) return true
  return ZSparkline.safeParse(value).success
    ? true
    : '应为 2–500 个数字的数组 / must be an array of 2–500 numbers'
}
