import { between, seededRandom, type TRandom } from './random'

/** Generated coins are recognised by this provider id and their number, never by anything else. */
export const BULK_COIN_ID = /^bulk-coin-(\d+)$/

export type TGeneratedCoin = {
  n: number
  marketDataId: string
  symbol: string
  name: string
  nameZh: string
  /** After the demo coins' ranks: the generated ones are the market's long tail. */
  rank: number
}

/** Coin n of the generated set (1-based), ranked after `ranked` coins. */
export function generateCoin(n: number, ranked: number): TGeneratedCoin {
  return {
    n,
    marketDataId: `bulk-coin-${n}`,
    symbol: `BK${n}`,
    name: `Bulk Coin ${n}`,
    nameZh: `测试币${n}`,
    rank: ranked + n,
  }
}

/**
 * Cumulative weights of coins 0..count-1 by popularity rank, Zipf-like (weight 1/(rank)): with 232
 * coins and two links an article on average, the first is on about a third of the articles, the
 * last on roughly one in 700.
 */
export function popularityTable(count: number): number[] {
  const cumulative: number[] = []
  let sum = 0
  for (let i = 0; i < count; i++) cumulative.push((sum += 1 / (i + 1)))
  return cumulative.map((value) => value / sum)
}

/** `count` distinct coin indexes drawn by popularity (a table from popularityTable). */
export function pickByPopularity(random: TRandom, table: number[], count: number): number[] {
  const chosen: number[] = []
  while (chosen.length < Math.min(count, table.length)) {
    const draw = random()
    let low = 0
    let high = table.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if ((table[mid] ?? 1) < draw) low = mid + 1
      else high = mid
    }
    if (!chosen.includes(low)) chosen.push(low)
  }
  return chosen
}

/**
 * The coins generated article or 快讯 n links to once coins are spread (seed:large --coins):
 * articles 1–3, 快讯 0–2, drawn by popularity over all coins, the same on every run.
 */
export function spreadCoinIndexes(kind: 'article' | 'flash', n: number, table: number[]): number[] {
  const random = seededRandom(n * (kind === 'article' ? 2654435761 : 2246822519) + 97)
  const count = kind === 'article' ? between(random, 1, 3) : between(random, 0, 2)
  return pickByPopularity(random, table, count)
}
