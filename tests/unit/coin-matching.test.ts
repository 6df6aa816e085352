import { coinLabel } from '@/lib/coins/coinLabel'
import { coinMatchTier, normalizeCoinQuery, rankCoinMatches } from '@/lib/coins/rankCoinMatches'
import { demoCoins } from '@/lib/seed/coins'

const ids = (query: string) => rankCoinMatches(demoCoins, query).map((coin) => coin.marketDataId)
const matching = (query: string) =>
  rankCoinMatches(demoCoins, query)
    .filter((coin) => coinMatchTier(coin, normalizeCoinQuery(query)) !== null)
    .map((coin) => coin.marketDataId)

describe('coin search ranking', () => {
  test('"ETH" ranks Ethereum first and Tether, whose name merely contains it, after names that start with it', () => {
    expect(matching('ETH')).toEqual([
      'ethereum', // the ticker
      'ethereum-classic', // names beginning with it, by rank
      'aave', // alias ETHLend
      'ethena',
      'tether', // inside a word, although ranked 3rd
    ])
    expect(matching('eth')).toEqual(matching('ETH'))
  })

  test('Chinese names find their coin first', () => {
    expect(ids('以太坊')[0]).toBe('ethereum')
    expect(ids('比特币')[0]).toBe('bitcoin')
    // 比特币现金 begins with 比特币: found, but after Bitcoin itself.
    expect(matching('比特币')).toEqual(['bitcoin', 'bitcoin-cash'])
  })

  test('aliases of the Chinese market find their coin', () => {
    expect(matching('姨太')).toEqual(['ethereum'])
    expect(matching('大饼')).toEqual(['bitcoin'])
    expect(matching('狗狗')).toEqual(['dogecoin'])
    // A whole alias beats one that merely contains it: 饼 is Bitcoin's, 二饼 is Ethereum's.
    expect(matching('饼')).toEqual(['bitcoin', 'ethereum'])
  })

  test('a ticker beats a whole name: "BNB" and "USDC" are symbols and names at once', () => {
    expect(ids('bnb')[0]).toBe('binancecoin')
    expect(ids('OP')[0]).toBe('optimism')
  })

  test('full-width letters, case and extra spaces do not matter', () => {
    expect(ids('ＥＴＨ')[0]).toBe('ethereum')
    expect(ids('  bitcoin   CASH ')[0]).toBe('bitcoin-cash')
  })

  test('a ticker prefix comes before a name prefix, and within a tier the market rank decides', () => {
    const coins = [
      { symbol: 'SOLO', name: 'Sologenic', rank: 300 },
      { symbol: 'XYZ', name: 'Solar', rank: 1 },
      { symbol: 'SOL', name: 'Solana', rank: 5 },
      { symbol: 'ABC', name: 'Solid', rank: null },
      { symbol: 'DEF', name: 'Consol', rank: 2 },
    ]
    expect(rankCoinMatches(coins, 'sol').map((coin) => coin.symbol)).toEqual([
      'SOL',
      'SOLO',
      'XYZ',
      'ABC',
      'DEF',
    ])
  })

  test('coins that do not match keep their order after all that do', () => {
    const coins = [
      { symbol: 'AAA', name: 'First', rank: 1 },
      { symbol: 'BBB', name: 'Second', rank: 2 },
      { symbol: 'ZZZ', name: 'Zed', rank: 3 },
    ]
    expect(rankCoinMatches(coins, 'zed').map((coin) => coin.symbol)).toEqual(['ZZZ', 'AAA', 'BBB'])
    expect(coinMatchTier(coins[0]!, 'zed')).toBeNull()
    expect(coinMatchTier(coins[0]!, '')).toBeNull()
  })
})

describe('coin labels', () => {
  test('ticker first, then the name and the Chinese name when there is one', () => {
    expect(coinLabel({ symbol: 'ETH', name: 'Ethereum', nameZh: '以太坊' })).toBe(
      'ETH · Ethereum · 以太坊',
    )
    expect(coinLabel({ symbol: 'ETH', name: 'Ethereum', nameZh: '  ' })).toBe('ETH · Ethereum')
    expect(coinLabel({ symbol: 'ETH', name: 'Ethereum' })).toBe('ETH · Ethereum')
  })
})

describe('demo coins', () => {
  test('every demo coin has a Chinese name and at least one alias, and no alias is shared', () => {
    const seen = new Map<string, string>()
    for (const coin of demoCoins) {
      expect(coin.nameZh.trim()).not.toBe('')
      expect(coin.aliases.length).toBeGreaterThan(0)
      for (const alias of coin.aliases) {
        const key = normalizeCoinQuery(alias)
        expect([key, seen.get(key) ?? coin.marketDataId]).toEqual([key, coin.marketDataId])
        seen.set(key, coin.marketDataId)
      }
    }
  })
})
