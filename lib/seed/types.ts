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
  /** Written by two: the seed names its turn's author first and the other staff author second. */
  coAuthored?: boolean
  source?: { name: string; url: string }
  blocks: TDemoBlock[]
}

/** One demo 快讯 (flash): a short, timestamped news item, plain text. */
export type TDemoFlash = {
  /** Stable, unique, lower-case Latin key (`f001-btc-etf-inflow`), so reruns update, not duplicate. */
  key: string
  /** Optional short headline (≤ 60 characters); many flashes have none. */
  title?: string
  /** Plain text, ≤ 500 characters; a URL in it is linked on display. */
  text: string
  /** 重要: shown in the accent colour and under the 重要 filter. */
  important?: boolean
  /** Category slugs from `demoFlashCategories` (one or two). */
  categories: string[]
  /** Coin `marketDataId`s from `demoCoins`. */
  coins: string[]
  /** Published this many minutes before the seed runs (0–4320: the last three days). */
  minutesAgo: number
  source?: { name: string; url: string }
  /** The flash as an editor wrote it in English, for the English edition (no machine translation). */
  english?: { title?: string; text: string }
}
