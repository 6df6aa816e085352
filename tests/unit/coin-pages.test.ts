/** The coin pages' pure helpers: their URLs, the cache tags a change expires, 加入自选's list. */
import { coinFlashHref, coinHref, coinRssHref } from '@/lib/coins/coinHref'
import { coinPageTagsOf } from '@/lib/coins/coinPageTags'
import { toggledWatchlist } from '@/lib/coins/toggledWatchlist'
import { changesCoinProfile } from '@/collections/hooks/revalidateCoinProfiles'
import { ZMarketDataIdSchema } from '@/lib/queries/findCoinPage'

describe('coin page URLs', () => {
  test.each([
    ['zh-CN', undefined, '/coins/bitcoin'],
    ['zh-TW', undefined, '/zh-tw/coins/bitcoin'],
    ['en', undefined, '/en/coins/bitcoin'],
    ['zh-CN', 'mb3k9x-12', '/coins/bitcoin?cursor=mb3k9x-12'],
    ['en', 'mb3k9x-12', '/en/coins/bitcoin?cursor=mb3k9x-12'],
  ] as const)('%s, cursor %s → %s', (locale, cursor, href) => {
    expect(coinHref(locale, 'bitcoin', cursor)).toBe(href)
  })

  test.each([
    ['zh-CN', undefined, '/coins/bitcoin/flash'],
    ['zh-TW', undefined, '/zh-tw/coins/bitcoin/flash'],
    ['en', undefined, '/en/coins/bitcoin/flash'],
    ['zh-CN', 'mb3k9x-12', '/coins/bitcoin/flash?cursor=mb3k9x-12'],
    ['zh-TW', 'mb3k9x-12', '/zh-tw/coins/bitcoin/flash?cursor=mb3k9x-12'],
  ] as const)('its 快讯 page: %s, cursor %s → %s', (locale, cursor, href) => {
    expect(coinFlashHref(locale, 'bitcoin', cursor)).toBe(href)
  })

  test('the RSS feed sits under the page in each edition', () => {
    expect(coinRssHref('zh-CN', 'avalanche-2')).toBe('/coins/avalanche-2/rss.xml')
    expect(coinRssHref('zh-TW', 'avalanche-2')).toBe('/zh-tw/coins/avalanche-2/rss.xml')
  })

  test('a coin id from a URL: provider ids only', () => {
    expect(ZMarketDataIdSchema.safeParse('avalanche-2').success).toBe(true)
    for (const bad of ['', 'Bitcoin', '-btc', 'a/b', 'a b', '比特币', 'x'.repeat(101)])
      expect(ZMarketDataIdSchema.safeParse(bad).success).toBe(false)
  })
})

describe('the coin pages an article or 快讯 change expires', () => {
  test('every coin linked now or before, once, by id or populated document', () => {
    expect(coinPageTagsOf({ coins: [1, { id: 2, symbol: 'ETH' }] }, { coins: [2, 3] })).toEqual([
      'coin-page:1',
      'coin-page:2',
      'coin-page:3',
    ])
  })

  test('none without coins', () => {
    expect(coinPageTagsOf({ coins: null }, undefined)).toEqual([])
    expect(coinPageTagsOf({}, { coins: [] })).toEqual([])
  })
})

describe('加入自选 / 已自选', () => {
  test('adds the coin at the end, keeping the order', () => {
    expect(toggledWatchlist(['3', '1'], '2')).toEqual({ ids: ['3', '1', '2'], added: true })
  })

  test('takes a listed coin out, keeping the others in order', () => {
    expect(toggledWatchlist(['3', '2', '1'], '2')).toEqual({ ids: ['3', '1'], added: false })
  })
})

describe('which coin changes show on its page', () => {
  const coin = {
    symbol: 'BTC',
    name: 'Bitcoin',
    nameZh: '比特币',
    marketDataId: 'bitcoin',
    logo: 4,
  }

  test('figures alone (a market refresh) do not', () => {
    expect(changesCoinProfile({ ...coin, logo: { id: 4 } }, coin)).toBe(false)
  })

  test('a name, symbol, id or logo does', () => {
    expect(changesCoinProfile({ ...coin, name: 'Bitcoin Core' }, coin)).toBe(true)
    expect(changesCoinProfile({ ...coin, nameZh: '比特幣' }, coin)).toBe(true)
    expect(changesCoinProfile({ ...coin, logo: 5 }, coin)).toBe(true)
    expect(changesCoinProfile({ ...coin, logo: null }, coin)).toBe(true)
  })
})
