import { freshnessOf } from '../../components/market/freshness'
import { checkSearchQuery } from '../../components/watchlist/coinSearchQuery'

describe('checkSearchQuery (what /api/coins/search accepts)', () => {
  test.each([
    ['btc', 'btc'],
    ['  Shiba   Inu ', 'Shiba Inu'],
    ['以太坊', '以太坊'],
    ['usd-coin', 'usd-coin'],
  ])('%p is sent as %p', (raw, query) => {
    expect(checkSearchQuery(raw)).toEqual({ ok: true, query })
  })

  test('an empty box says nothing', () => {
    expect(checkSearchQuery('   ')).toEqual({ ok: false, reason: null })
  })

  test.each(['btc%', "o'neil", 'a_b', '<script>'])('%p is refused with a reason', (raw) => {
    const check = checkSearchQuery(raw)
    expect(check.ok).toBe(false)
    expect(!check.ok && check.reason).toContain('只能输入')
  })

  test('more than 40 characters is refused', () => {
    const check = checkSearchQuery('a'.repeat(41))
    expect(!check.ok && check.reason).toContain('40')
  })
})

describe('freshnessOf', () => {
  const now = new Date('2026-01-17T07:21:43Z')
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString()

  test('figures within three refresh periods are current and say when they were stored', () => {
    const fresh = freshnessOf({ priceUpdatedAt: minutesAgo(2), refreshSeconds: 60, now })
    expect(fresh.stale).toBe(false)
    expect(fresh.title).toMatch(/^行情更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  test('older figures are stale and the title says so', () => {
    const old = freshnessOf({ priceUpdatedAt: minutesAgo(4), refreshSeconds: 60, now })
    expect(old.stale).toBe(true)
    expect(old.title).toContain('数据延迟')
  })

  test('never refreshed is stale', () => {
    const never = freshnessOf({ priceUpdatedAt: null, refreshSeconds: 60, now })
    expect(never).toEqual({ stale: true, title: '暂无行情更新时间(数据延迟)' })
  })

  test("the server's verdict wins when it gives one", () => {
    const told = freshnessOf({
      priceUpdatedAt: minutesAgo(1),
      refreshSeconds: 60,
      now,
      stale: true,
    })
    expect(told.stale).toBe(true)
  })
})
