import { lexicalFromBlocks } from '@/lib/seed/lexical'
import type { TDemoBlock } from '@/lib/seed/types'
import { between, pick, pickDistinct, seededRandom, type TRandom } from './random'
import * as words from './vocabulary'

/** Generated articles are recognised by this prefix and their number, never by anything else. */
export const BULK_SLUG = /^bulk-(\d+)-[a-z0-9-]+$/

const MIN_BODY_BYTES = 1024
const MAX_BODY_BYTES = 6 * 1024
const DAY_MS = 86_400_000
/** Publication times spread over roughly the last three years. */
const SPAN_MS = 3 * 365 * DAY_MS
const DRAFT_SHARE = 0.03

export type TGeneratedArticle = {
  n: number
  slug: string
  title: string
  summary: string
  blocks: TDemoBlock[]
  tagIndexes: number[]
  coinIndexes: number[]
  draft: boolean
  /** Milliseconds before the run's reference time. */
  ageMs: number
  byline: string
  sourceName: string
}

export function sentence(random: TRandom): string {
  return `${pick(random, words.connectors)}${pick(random, words.subjects)}${pick(random, words.times)}${pick(random, words.events)},${pick(random, words.comments)}。`
}

function paragraphText(random: TRandom): string {
  return Array.from({ length: between(random, 2, 5) }, () => sentence(random)).join('')
}

function table(random: TRandom): TDemoBlock {
  const header = [...pick(random, words.tableHeaders)]
  const labels = pickDistinct(random, words.tableRowLabels, between(random, 3, 5))
  const rows = labels.map((label) => [
    label,
    ...header.slice(1).map(() => `${between(random, 1, 999)}.${between(random, 0, 9)}`),
  ])
  return { type: 'table', header, rows }
}

const bytesOf = (blocks: TDemoBlock[]) =>
  blocks.reduce((sum, block) => sum + Buffer.byteLength(JSON.stringify(block)), 0)

function body(random: TRandom): TDemoBlock[] {
  // UTF-8 Chinese is 3 bytes a character: 1–6 KB is roughly 340–2,000 characters of text.
  const target = between(random, MIN_BODY_BYTES, MAX_BODY_BYTES)
  const headings = pickDistinct(random, words.headings, words.headings.length)
  const blocks: TDemoBlock[] = [{ type: 'p', text: paragraphText(random) }]
  let withTable = random() < 0.25
  while (bytesOf(blocks) < target) {
    blocks.push({ type: 'h2', text: headings[blocks.length % headings.length] ?? '补充说明' })
    for (let i = between(random, 1, 3); i > 0; i--)
      blocks.push({ type: 'p', text: paragraphText(random) })
    if (withTable) {
      blocks.push(table(random))
      withTable = false
    }
  }
  return blocks
}

/** Article n of the generated set: the same on every run, so reruns can tell what exists. */
export function generateArticle(n: number, tagCount: number, coinCount: number): TGeneratedArticle {
  const random = seededRandom(n * 2654435761)
  const subject = pick(random, words.subjects)
  const topic = pick(random, words.titleTopics)
  const title = `${subject}${topic}${pick(random, words.titleAngles)}(${n})`
  return {
    n,
    slug: `bulk-${n}-${
      random()
        .toString(36)
        .slice(2, 8)
        .replace(/[^a-z0-9]/g, '') || 'x'
    }`,
    title,
    summary: sentence(random) + sentence(random),
    blocks: body(random),
    tagIndexes: pickDistinct(
      random,
      Array.from({ length: tagCount }, (_, i) => i),
      between(random, 1, 3),
    ),
    coinIndexes: pickDistinct(
      random,
      Array.from({ length: coinCount }, (_, i) => i),
      between(random, 0, 3),
    ),
    draft: random() < DRAFT_SHARE,
    ageMs: Math.floor(random() * SPAN_MS),
    byline: pick(random, words.bylines),
    sourceName: pick(random, words.sources),
  }
}

export { lexicalFromBlocks }
