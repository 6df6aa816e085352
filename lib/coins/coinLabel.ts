import type { TCoinNames } from './rankCoinMatches'

/**
 * What the admin shows for a coin (its title, e.g. in the articles' coin picker): the ticker
 * first, as editors type it, then the name and the Chinese name: `ETH · Ethereum · 以太坊`.
 */
export function coinLabel(coin: Pick<TCoinNames, 'symbol' | 'name' | 'nameZh'>): string {
  const nameZh = coin.nameZh?.trim()
  return [coin.symbol, coin.name, nameZh].filter(Boolean).join(' · ')
}
