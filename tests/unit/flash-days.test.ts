import { dayKey, dayLabel, groupByDay, timeOfDay } from '@/lib/flash/days'
import type { TLocale } from '@/lib/i18n/locales'

const SHANGHAI = 'Asia/Shanghai'
const UTC = 'UTC'

const TEXT: Record<TLocale, { today: string; yesterday: string }> = {
  'zh-CN': { today: '今天', yesterday: '昨天' },
  'zh-TW': { today: '今天', yesterday: '昨天' },
  en: { today: 'Today', yesterday: 'Yesterday' },
}

describe('the day of an item', () => {
  test('is the display time zone’s day, not UTC’s', () => {
    expect(dayKey('2026-12-05T17:30:00Z', SHANGHAI)).toBe('2026-12-06')
    expect(dayKey('2026-12-05T17:30:00Z', UTC)).toBe('2026-12-05')
  })

  test('changes at midnight in the display time zone', () => {
    expect(dayKey('2026-12-05T15:59:59Z', SHANGHAI)).toBe('2026-12-05')
    expect(dayKey('2026-12-05T16:00:00Z', SHANGHAI)).toBe('2026-12-06')
  })

  test('an unreadable time has no day', () => {
    expect(dayKey('not a date', SHANGHAI)).toBe('')
  })
})

describe('the time shown next to an item', () => {
  test('is HH:mm:ss in the display time zone, zero-padded', () => {
    expect(timeOfDay('2026-12-05T17:30:00Z', SHANGHAI)).toBe('01:30:00')
    expect(timeOfDay('2026-12-05T17:30:00Z', UTC)).toBe('17:30:00')
    expect(timeOfDay('2026-01-02T01:02:03Z', UTC)).toBe('01:02:03')
  })

  test('midnight is 00, not 24', () => {
    expect(timeOfDay('2026-12-05T16:00:00Z', SHANGHAI)).toBe('00:00:00')
  })

  test('the afternoon uses the 24-hour clock', () => {
    expect(timeOfDay('2026-12-05T23:59:09Z', UTC)).toBe('23:59:09')
  })
})

describe('day headings', () => {
  // 01:30 on 6 December in Shanghai, still 5 December in UTC.
  const now = new Date('2026-12-05T17:30:00Z')

  test.each(['zh-CN', 'zh-TW', 'en'] as const)('today and yesterday in %s', (locale) => {
    expect(dayLabel('2026-12-06', now, SHANGHAI, locale, TEXT[locale])).toBe(TEXT[locale].today)
    expect(dayLabel('2026-12-05', now, SHANGHAI, locale, TEXT[locale])).toBe(TEXT[locale].yesterday)
  })

  test('today is the display time zone’s today', () => {
    expect(dayLabel('2026-12-05', now, UTC, 'zh-CN', TEXT['zh-CN'])).toBe('今天')
    expect(dayLabel('2026-12-04', now, UTC, 'zh-CN', TEXT['zh-CN'])).toBe('昨天')
    expect(dayLabel('2026-12-06', now, UTC, 'zh-CN', TEXT['zh-CN'])).toBe('12月6日 星期日')
  })

  test.each([
    ['zh-CN', '12月2日 星期三'],
    ['zh-TW', '12月2日 星期三'],
    ['en', 'Wednesday, 2 December'],
  ] as const)('an older day in %s is %p', (locale, expected) => {
    expect(dayLabel('2026-12-02', now, SHANGHAI, locale, TEXT[locale])).toBe(expected)
  })

  test.each([
    ['zh-CN', '2025年12月2日 星期二'],
    ['zh-TW', '2025年12月2日 星期二'],
    ['en', 'Tuesday, 2 December 2025'],
  ] as const)('a day of another year in %s shows the year: %p', (locale, expected) => {
    expect(dayLabel('2025-12-02', now, SHANGHAI, locale, TEXT[locale])).toBe(expected)
  })

  test('yesterday across a new year is still yesterday', () => {
    const newYear = new Date('2026-01-01T02:00:00Z')
    expect(dayLabel('2025-12-31', newYear, SHANGHAI, 'en', TEXT.en)).toBe('Yesterday')
    expect(dayLabel('2025-12-30', newYear, SHANGHAI, 'en', TEXT.en)).toBe(
      'Tuesday, 30 December 2025',
    )
  })

  test('the weekday is the calendar date’s, whatever the zone', () => {
    for (const timeZone of [SHANGHAI, UTC, 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(dayLabel('2026-11-30', now, timeZone, 'zh-CN', TEXT['zh-CN'])).toBe('11月30日 星期一')
    }
  })

  test('an unreadable key is shown as it is', () => {
    expect(dayLabel('someday', now, SHANGHAI, 'en', TEXT.en)).toBe('someday')
  })
})

describe('grouping the timeline by day', () => {
  const item = (id: number, publishedAt: string | null) => ({ id, publishedAt })

  test('keeps the order and splits at midnight in the display time zone', () => {
    const items = [
      item(1, '2026-12-06T02:00:00Z'),
      item(2, '2026-12-05T16:30:00Z'),
      item(3, '2026-12-05T15:30:00Z'),
      item(4, '2026-12-05T01:00:00Z'),
      item(5, '2026-12-04T12:00:00Z'),
    ]
    const ids = (groups: { day: string; items: { id: number }[] }[]) =>
      groups.map((g) => [g.day, g.items.map((i) => i.id)])

    expect(ids(groupByDay(items, SHANGHAI))).toEqual([
      ['2026-12-06', [1, 2]],
      ['2026-12-05', [3, 4]],
      ['2026-12-04', [5]],
    ])
    expect(ids(groupByDay(items, UTC))).toEqual([
      ['2026-12-06', [1]],
      ['2026-12-05', [2, 3, 4]],
      ['2026-12-04', [5]],
    ])
  })

  test('leaves out items with no publish time', () => {
    const groups = groupByDay(
      [
        item(1, '2026-12-06T02:00:00Z'),
        item(2, null),
        item(3, 'garbage'),
        item(4, '2026-12-06T01:00:00Z'),
      ],
      SHANGHAI,
    )
    expect(groups).toEqual([
      {
        day: '2026-12-06',
        items: [item(1, '2026-12-06T02:00:00Z'), item(4, '2026-12-06T01:00:00Z')],
      },
    ])
  })

  test('an empty timeline has no groups', () => {
    expect(groupByDay([], SHANGHAI)).toEqual([])
  })
})
