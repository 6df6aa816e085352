/** One block of a demo article body; turned into Lexical JSON by `lexicalFromBlocks`. */
export type TDemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] }
  /** An image from the seeded media library, chosen by its key in `demoImages`. */
  | { type: 'image'; image: string }

export type TDemoArticle = {
  /** Stable, unique, lower-case Latin key; the seed derives the slug from it, so reruns update. */
  key: string
  title: string
  summary: string
  /** Tag slugs from `demoTags`. */
  tags: string[]
  /** Coin `marketDataId`s from `demoCoins`. */
  coins: string[]
  /** Published this many hours before the seed runs (spreads the feed over time). */
  hoursAgo: number
  featured?: boolean
  /** Drafts must never be visible to readers. */
  draft?: boolean
  source?: { name: string; url: string }
  blocks: TDemoBlock[]
}
