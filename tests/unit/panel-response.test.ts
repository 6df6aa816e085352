import { PANEL_ROWS, ZWatchlistResponse } from '@/lib/watchlist/contract'
import {
  parseWatchlistResponse,
  SIDEBAR_ROWS,
  watchlistResponseParser,
} from '@/components/watchlist/panelResponse'

const coin = {
  id: '7',
  symbol: 'BTC',
  name: 'Bitcoin',
  marketDataId: 'bitcoin',
  rank: 1,
  price: 64210.55,
  marketCap: 1.265e12,
  change24h: -0.92,
  priceUpdatedAt: '2026-01-17T07:21:43.000Z',
}
const answer = {
  personal: true,
  coins: [
    coin,
    { ...coin, id: '8', sparkline7d: [1, 2.5, 3] },
    { ...coin, id: '9', sparkline7d: null },
  ],
  popular: [{ ...coin, id: '10', symbol: 'ETH' }],
  market: { sampleData: false, refreshSeconds: 60 },
}

/** Each broken answer differs from a valid one in one place. */
const broken: Array<[string, unknown]> = [
  ['not an object', 'ok'],
  ['null', null],
  ['an array', [answer]],
  ['personal missing', { ...answer, personal: undefined }],
  ['personal a string', { ...answer, personal: 'true' }],
  ['coins not an array', { ...answer, coins: {} }],
  ['market missing', { ...answer, market: undefined }],
  ['sampleData missing', { ...answer, market: { refreshSeconds: 60 } }],
  ['refreshSeconds zero', { ...answer, market: { sampleData: false, refreshSeconds: 0 } }],
  ['refreshSeconds a string', { ...answer, market: { sampleData: false, refreshSeconds: '60' } }],
  ['a coin is null', { ...answer, coins: [null] }],
  ['an empty id', { ...answer, coins: [{ ...coin, id: '' }] }],
  ['a numeric id', { ...answer, coins: [{ ...coin, id: 7 }] }],
  ['symbol missing', { ...answer, coins: [{ ...coin, symbol: undefined }] }],
  ['marketDataId null', { ...answer, coins: [{ ...coin, marketDataId: null }] }],
  ['price a string', { ...answer, coins: [{ ...coin, price: '64210' }] }],
  ['price missing', { ...answer, coins: [{ ...coin, price: undefined }] }],
  ['rank infinite', { ...answer, coins: [{ ...coin, rank: Infinity }] }],
  ['change24h NaN', { ...answer, coins: [{ ...coin, change24h: NaN }] }],
  ['priceUpdatedAt a number', { ...answer, coins: [{ ...coin, priceUpdatedAt: 0 }] }],
  ['a series with text', { ...answer, coins: [{ ...coin, sparkline7d: [1, '2'] }] }],
  ['a series as an object', { ...answer, coins: [{ ...coin, sparkline7d: { 0: 1 } }] }],
  ['popular not an array', { ...answer, popular: { 0: coin } }],
  ['popular null', { ...answer, popular: null }],
  ['a popular coin broken', { ...answer, popular: [{ ...coin, price: '1' }] }],
]

describe('the hand-written panel check agrees with the contract schema', () => {
  test('a valid answer gives the same data, extra keys dropped as zod drops them', () => {
    const withExtras = {
      ...answer,
      extra: 1,
      market: { ...answer.market, extra: 2 },
      coins: answer.coins.map((item) => ({ ...item, extra: 3 })),
      popular: answer.popular.map((item) => ({ ...item, extra: 4 })),
    }
    const expected = ZWatchlistResponse.safeParse(withExtras)
    expect(expected.success).toBe(true)
    expect(parseWatchlistResponse(withExtras)).toStrictEqual(expected.data)
    expect(watchlistResponseParser.safeParse(withExtras)).toStrictEqual({
      success: true,
      data: expected.data,
    })
  })

  test('a visitor with no coins is valid', () => {
    const empty = { personal: false, coins: [], market: { sampleData: true, refreshSeconds: 1 } }
    expect(parseWatchlistResponse(empty)).toStrictEqual(ZWatchlistResponse.parse(empty))
  })

  test('an answer without popular coins (GET/PUT /mine) stays without the key', () => {
    const { popular: _left, ...mine } = answer
    const parsed = parseWatchlistResponse(mine)
    expect(parsed).toStrictEqual(ZWatchlistResponse.parse(mine))
    expect(parsed && 'popular' in parsed).toBe(false)
  })

  test.each(broken)('%s is refused by both', (_name, value) => {
    expect(ZWatchlistResponse.safeParse(value).success).toBe(false)
    expect(parseWatchlistResponse(value)).toBeUndefined()
    expect(watchlistResponseParser.safeParse(value)).toEqual({ success: false })
  })

  test("the sidebar's row count is the contract's", () => {
    expect(SIDEBAR_ROWS).toBe(PANEL_ROWS)
  })
})
