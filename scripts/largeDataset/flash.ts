import { between, pick, pickDistinct, seededRandom } from './random'
import { sentence } from './article'
import * as words from './vocabulary'

/** Generated 快讯 carry this source name (and no source URL, so readers never see it). */
export const BULK_FLASH_SOURCE = /^bulk-flash-(\d+)$/

const DAY_MS = 86_400_000
/** Publication times spread over the last year: a busy desk's 快讯 pace at 100,000. */
const SPAN_MS = 365 * DAY_MS
const IMPORTANT_SHARE = 0.1

export type TGeneratedFlash = {
  n: number
  text: string
  title: string | null
  important: boolean
  coinIndexes: number[]
  categoryIndexes: number[]
  ageMs: number
  sourceName: string
}

/** Flash n of the generated set: the same on every run, so reruns can tell what exists. */
export function generateFlash(
  n: number,
  categoryCount: number,
  coinCount: number,
): TGeneratedFlash {
  const random = seededRandom(n * 2246822519)
  const text = Array.from({ length: between(random, 1, 3) }, () => sentence(random)).join('')
  return {
    n,
    text: `${text}(${n})`,
    title:
      random() < 0.4 ? `${pick(random, words.subjects)}${pick(random, words.titleTopics)}` : null,
    important: random() < IMPORTANT_SHARE,
    coinIndexes: pickDistinct(
      random,
      Array.from({ length: coinCount }, (_, i) => i),
      between(random, 0, 2),
    ),
    categoryIndexes: pickDistinct(
      random,
      Array.from({ length: categoryCount }, (_, i) => i),
      between(random, 1, 2),
    ),
    ageMs: Math.floor(random() * SPAN_MS),
    sourceName: `bulk-flash-${n}`,
  }
}
