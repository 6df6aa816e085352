import { marketColors, marketColorVariables, upColorOf } from '@/lib/format/colors'
import { formatDateTime, formatDateTimeShort } from '@/lib/format/datetime'
import { FOLD_THRESHOLD_CHARACTERS, shouldFold, textLengthOf } from '@/lib/format/fold'
import {
  directionOf,
  formatChange,
  formatMarketCap,
  formatPrice,
  grouped,
  MISSING,
} from '@/lib/format/number'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

describe('market cap in 万 / 亿 / 万亿', () => {
  test.each([
    [1.23e12, '1.23万亿'],
    [1.265e12, '1.27万亿'],
    [8.54e10, '854.00亿'],
    [6.9e8, '6.90亿'],
    [3.5e6, '350.00万'],
    [9876, '9,876'],
    [null, MISSING],
    [undefined, MISSING],
  ])('%p → %p', (value, expected) => expect(formatMarketCap(value)).toBe(expected))
})

describe("market cap in each edition's units", () => {
  test.each([
    [1.265e12, 'zh-TW', '1.27兆'],
    [8.54e10, 'zh-TW', '854.00億'],
    [3.5e6, 'zh-TW', '350.00萬'],
    [1.265e12, 'en', '1.27T'],
    [8.54e10, 'en', '85.40B'],
    [6.9e8, 'en', '690.00M'],
    [3.5e6, 'en', '3.50M'],
    [12_345, 'en', '12.35K'],
    [999, 'en', '999'],
    [-2.5e9, 'en', '-2.50B'],
    [null, 'en', MISSING],
  ] as const)('%p in %s → %p', (value, locale, expected) =>
    expect(formatMarketCap(value, locale)).toBe(expected),
  )
})

describe('digit grouping written without Intl', () => {
  /** A deterministic spread of magnitudes and signs (no Math.random: a failure must repeat). */
  const samples = Array.from({ length: 400 }, (_, index) => {
    const magnitude = 10 ** ((index % 13) - 2)
    const value = magnitude * (1 + ((index * 7919) % 10_007) / 10_007)
    return index % 5 === 0 ? -value : value
  })

  test.each([0, 2])('as Intl.NumberFormat("en-US") writes it, with %p decimals', (decimals) => {
    const intl = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    })
    for (const value of samples)
      expect([value, grouped(value, decimals)]).toEqual([value, intl.format(value)])
  })

  test.each([
    [1234567.891, 2, '1,234,567.89'],
    [999.999, 2, '1,000.00'],
    [-9876.5, 0, '-9,877'],
    [1.265, 2, '1.27'],
    [0, 2, '0.00'],
    [100, 0, '100'],
  ])('%p with %p decimals → %p', (value, decimals, expected) =>
    expect(grouped(value, decimals)).toBe(expected),
  )
})

describe('prices with a precision that suits their size', () => {
  test.each([
    [64210.55, '$64,210.55'],
    [1234567.891, '$1,234,567.89'],
    [148.37, '$148.37'],
    [585.1, '$585.10'],
    [1.0002, '$1.0002'],
    [3, '$3.00'],
    [0.5231, '$0.5231'],
    [0.1284, '$0.1284'],
    [0.00001234, '$0.00001234'],
    [0.00000921, '$0.00000921'],
    [0, '$0.00'],
    [null, MISSING],
  ])('%p → %p', (value, expected) => expect(formatPrice(value)).toBe(expected))
})

describe('24h change with its sign', () => {
  test.each([
    [1.84, '+1.84%', 'up'],
    [-0.92, '-0.92%', 'down'],
    [0, '0.00%', 'flat'],
    [0.001, '0.00%', 'flat'],
    [-0.004, '0.00%', 'flat'],
    [null, MISSING, 'flat'],
  ])('%p → %p (%s)', (value, text, direction) => {
    expect(formatChange(value)).toBe(text)
    expect(directionOf(value)).toBe(direction)
  })
})

describe('publish times', () => {
  test('shown to the second in the display time zone', () => {
    expect(formatDateTime('2026-01-17T07:21:43.000Z', 'Asia/Shanghai')).toBe('2026-01-17 15:21:43')
    expect(formatDateTime('2026-01-17T07:21:43.000Z', 'UTC')).toBe('2026-01-17 07:21:43')
  })

  test('midnight is 00, not 24', () => {
    expect(formatDateTime('2026-03-01T16:00:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02 00:00:00')
  })

  test('nothing to show for a missing or broken date', () => {
    expect(formatDateTime(null, 'Asia/Shanghai')).toBe('')
    expect(formatDateTime('not a date', 'Asia/Shanghai')).toBe('')
  })
})

describe('folding long bodies', () => {
  const bodyOf = (characters: number) =>
    lexicalFromBlocks([
      { type: 'h2', text: '标题' },
      { type: 'p', text: '字'.repeat(characters - 2) },
    ]).root

  test('counts the text of every node, tables included', () => {
    const root = lexicalFromBlocks([
      { type: 'p', text: '一二三' },
      { type: 'table', header: ['甲', '乙'], rows: [['丙', '丁']] },
    ]).root
    expect(textLengthOf(root)).toBe(7)
  })

  test('folds only bodies past the threshold', () => {
    expect(shouldFold(bodyOf(FOLD_THRESHOLD_CHARACTERS))).toBe(false)
    expect(shouldFold(bodyOf(FOLD_THRESHOLD_CHARACTERS + 1))).toBe(true)
  })
})

describe('market colours per edition', () => {
  const defaults = { MARKET_UP_COLOR_ZH: 'red', MARKET_UP_COLOR_EN: 'green' } as const

  test.each([
    ['zh-CN', '#d92d20', '#067647'],
    ['zh-TW', '#d92d20', '#067647'],
    ['en', '#067647', '#d92d20'],
  ] as const)('%s by default: up %s, down %s', (locale, up, down) =>
    expect(marketColorVariables(upColorOf(locale, defaults))).toMatchObject({
      '--color-up': up,
      '--color-down': down,
    }),
  )

  test('each setting switches its editions only', () => {
    const settings = { MARKET_UP_COLOR_ZH: 'green', MARKET_UP_COLOR_EN: 'red' } as const
    expect(marketColors(upColorOf('zh-TW', settings)).up).toBe('#067647')
    expect(marketColors(upColorOf('en', settings)).up).toBe('#d92d20')
  })
})

describe("times in each edition's format", () => {
  const when = '2026-12-05T08:48:06.000Z'
  test.each([
    ['zh-CN', '2026-12-05 16:48:06', '2026-12-05 16:48'],
    ['zh-TW', '2026-12-05 16:48:06', '2026-12-05 16:48'],
    ['en', '5 Dec 2026, 16:48:06', '5 Dec 2026, 16:48'],
  ] as const)('%s: %s, in lists %s', (locale, full, short) => {
    expect(formatDateTime(when, 'Asia/Shanghai', locale)).toBe(full)
    expect(formatDateTimeShort(when, 'Asia/Shanghai', locale)).toBe(short)
  })

  test('English follows the display time zone across midnight', () =>
    expect(formatDateTime('2026-02-28T16:30:00.000Z', 'Asia/Shanghai', 'en')).toBe(
      '1 Mar 2026, 00:30:00',
    ))
})
