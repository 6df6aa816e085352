import { execFileSync } from 'node:child_process'

import { formatReaderDateTime, freshnessOf } from '@/components/market/freshness'
import { MESSAGES } from '@/lib/i18n/messages'
import { checkSearchQuery, providerNoteOf } from '@/components/watchlist/coinSearchQuery'

const text = MESSAGES['zh-CN'].watchlist

describe('checkSearchQuery (what /api/coins/search accepts)', () => {
  test.each([
    ['btc', 'btc'],
    ['  Shiba   Inu ', 'Shiba Inu'],
    ['以太坊', '以太坊'],
    ['usd-coin', 'usd-coin'],
  ])('%p is sent as %p', (raw, query) => {
    expect(checkSearchQuery(raw, text)).toEqual({ ok: true, query })
  })

  test('an empty box says nothing', () => {
    expect(checkSearchQuery('   ', text)).toEqual({ ok: false, reason: null })
  })

  test.each(['btc%', "o'neil", 'a_b', '<script>'])('%p is refused with a reason', (raw) => {
    const check = checkSearchQuery(raw, text)
    expect(check.ok).toBe(false)
    expect(!check.ok && check.reason).toContain('只能输入')
  })

  test('more than 40 characters is refused', () => {
    const check = checkSearchQuery('a'.repeat(41), text)
    expect(!check.ok && check.reason).toContain('40')
  })
})

describe('providerNoteOf (a search that lists only the collection says why)', () => {
  test('complete answers need no note', () => {
    expect(providerNoteOf({ ok: true }, text)).toBeNull()
  })

  test('the provider down', () => {
    expect(providerNoteOf({ ok: false, error: 'unavailable' }, text)).toContain('暂时不可用')
  })

  test('the reader’s provider searches spent: when they come back', () => {
    const note = providerNoteOf(
      { ok: true, leftOut: 'reader-budget', retryAfterSeconds: 1500 },
      text,
    )
    expect(note).toContain('次数已用完')
    expect(note).toContain('约 25 分钟后恢复')
  })
})

describe('freshnessOf', () => {
  const market = MESSAGES['zh-CN'].market
  const now = new Date('2026-01-17T07:21:43Z')
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString()

  test('figures within three refresh periods are current and say when they were stored', () => {
    const fresh = freshnessOf({
      priceUpdatedAt: minutesAgo(2),
      refreshSeconds: 60,
      now,
      text: market,
    })
    expect(fresh.stale).toBe(false)
    expect(fresh.title).toMatch(/^行情更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  test('older figures are stale and the title says so', () => {
    const old = freshnessOf({
      priceUpdatedAt: minutesAgo(4),
      refreshSeconds: 60,
      now,
      text: market,
    })
    expect(old.stale).toBe(true)
    expect(old.title).toContain('数据延迟')
  })

  test('never refreshed is stale', () => {
    const never = freshnessOf({ priceUpdatedAt: null, refreshSeconds: 60, now, text: market })
    expect(never).toEqual({ stale: true, title: '暂无行情更新时间(数据延迟)' })
  })

  test("the server's verdict wins when it gives one", () => {
    const told = freshnessOf({
      priceUpdatedAt: minutesAgo(1),
      refreshSeconds: 60,
      now,
      stale: true,
      text: market,
    })
    expect(told.stale).toBe(true)
  })
})

describe('formatReaderDateTime (the hover time, without Intl)', () => {
  // Jest keeps process.env to itself, so a changed TZ never reaches V8 here: a plain Node process
  // compares the two for each zone (New York has summer time, Kathmandu a 45-minute offset).
  test('reads like formatDateTime in the reader’s zone, in several zones', () => {
    const script = `
      import { formatReaderDateTime } from './components/market/freshness.ts'
      import { formatDateTime } from './lib/format/datetime.ts'
      const instants = ['2026-01-17T07:21:43Z', '2026-07-01T23:59:59.999Z', '2026-03-08T07:30:00Z',
        '2026-11-01T05:30:00Z', '1999-12-31T16:00:00Z']
      const rows = []
      for (const zone of ['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu']) {
        process.env.TZ = zone
        for (const instant of instants)
          rows.push([zone, instant, formatReaderDateTime(instant), formatDateTime(instant, zone)])
      }
      console.log(JSON.stringify(rows))`
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module'], {
      input: script,
      encoding: 'utf8',
    })
    const rows = JSON.parse(output) as Array<[string, string, string, string]>
    expect(rows).toHaveLength(20)
    for (const [zone, instant, ours, intl] of rows)
      expect({ zone, instant, ours }).toEqual({ zone, instant, ours: intl })
    // The zones really differ, so the comparison is not UTC against UTC.
    expect(
      new Set(rows.filter(([, instant]) => instant === rows[0]?.[1]).map((row) => row[2])).size,
    ).toBe(4)
  })

  test('no time or an unreadable one gives no text', () => {
    expect(formatReaderDateTime(null)).toBe('')
    expect(formatReaderDateTime('')).toBe('')
    expect(formatReaderDateTime('not a date')).toBe('')
  })
})
