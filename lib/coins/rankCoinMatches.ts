/** The names a coin can be found by; the figures only break ties. */
export type TCoinNames = {
  symbol: string
  name: string
  nameZh?: string | null
  aliases?: readonly string[] | null
  marketDataId?: string | null
  rank?: number | null
}

/**
 * How well a coin matches, best first. Tickers come first because that is how traders type
 * ("ETH" means Ethereum, not Tether, whose name merely contains the letters); a whole name or
 * alias beats a beginning, and a beginning beats a match inside a word.
 */
const TIERS = {
  symbolExact: 0,
  nameExact: 1,
  symbolPrefix: 2,
  namePrefix: 3,
  inside: 4,
} as const

/**
 * The form both sides are compared in: NFKC folds full-width letters and digits (what a Chinese
 * input method types) into plain ones, then case and runs of spaces are ignored.
 */
export function normalizeCoinQuery(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

const wordStarts = (text: string, query: string): boolean =>
  text.startsWith(query) || text.includes(` ${query}`)

/** The coin's tier for `query` (already normalized), or null when nothing matches. */
export function coinMatchTier(coin: TCoinNames, query: string): number | null {
  if (!query) return null
  const symbol = normalizeCoinQuery(coin.symbol)
  const names = [coin.name, coin.nameZh, ...(coin.aliases ?? []), coin.marketDataId]
    .filter((text): text is string => typeof text === 'string' && text.length > 0)
    .map(normalizeCoinQuery)
  if (symbol === query) return TIERS.symbolExact
  if (names.includes(query)) return TIERS.nameExact
  if (symbol.startsWith(query)) return TIERS.symbolPrefix
  if (names.some((text) => wordStarts(text, query))) return TIERS.namePrefix
  if (symbol.includes(query) || names.some((text) => text.includes(query))) return TIERS.inside
  return null
}

// Unranked coins go last; otherwise the order given (e.g. the database's by rank) is kept.
const byRank = (a: TCoinNames, b: TCoinNames): number =>
  (a.rank ?? Number.MAX_VALUE) - (b.rank ?? Number.MAX_VALUE)

const UNMATCHED = Number.MAX_SAFE_INTEGER

/**
 * The coins best match first and, within a tier, by market rank. Coins that do not match the
 * query as a whole (a database search may match its words one by one) keep their place after all
 * the others.
 */
export function rankCoinMatches<TCoin extends TCoinNames>(
  coins: readonly TCoin[],
  query: string,
): TCoin[] {
  const normalized = normalizeCoinQuery(query)
  return coins
    .map((coin) => ({ coin, tier: coinMatchTier(coin, normalized) ?? UNMATCHED }))
    .sort((a, b) => a.tier - b.tier || byRank(a.coin, b.coin))
    .map((entry) => entry.coin)
}
