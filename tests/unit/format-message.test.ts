import { formatMessage } from '@/lib/i18n/format'

describe('formatMessage', () => {
  test('fills every placeholder, numbers and strings alike', () => {
    expect(formatMessage('已加载 {count} 篇', { count: 12 })).toBe('已加载 12 篇')
    expect(
      formatMessage('{symbol} moved to {position} of {total}', {
        symbol: 'BTC',
        position: 2,
        total: 5,
      }),
    ).toBe('BTC moved to 2 of 5')
  })

  test('repeats a placeholder used twice', () => {
    expect(formatMessage('{a}-{a}', { a: 'x' })).toBe('x-x')
  })

  test('leaves a placeholder without a value visible rather than printing undefined', () => {
    expect(formatMessage('共 {count} 个', {})).toBe('共 {count} 个')
  })

  test('does not read inherited properties as values', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}')
  })

  test('a value that looks like a placeholder is not expanded again', () => {
    expect(formatMessage('{a} {b}', { a: '{b}', b: 'B' })).toBe('{b} B')
  })
})
