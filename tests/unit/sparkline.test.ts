import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { Sparkline } from '@/components/market/Sparkline'
import { directionOf } from '@/lib/format/colors'
import { MESSAGES } from '@/lib/i18n/messages'

const render = (props: Omit<Parameters<typeof Sparkline>[0], 'text'>) =>
  renderToStaticMarkup(createElement(Sparkline, { ...props, text: MESSAGES['zh-CN'].market }))

const polylinePoints = (html: string) =>
  (html.match(/points="([^"]+)"/)?.[1] ?? '').split(' ').map((pair) => pair.split(',').map(Number))

describe('Sparkline', () => {
  test('a rising week: an accessible SVG polyline in the edition up colour', () => {
    const html = render({ points: [10, 11, 10.5, 12], width: 100, height: 30 })
    expect(html).toMatch(/^<svg /)
    expect(html).toContain('role="img"')
    expect(html).toContain('aria-label="近 7 日走势:上涨 20.00%"')
    expect(html).toContain('width="100"')
    expect(html).toContain('height="30"')
    expect(html).toContain('viewBox="0 0 100 30"')
    expect(html).toContain('style="stroke:var(--color-up)"')
  })

  test('points span the box: first at the left edge, the highest at the top, lowest at the bottom', () => {
    const points = polylinePoints(render({ points: [10, 12, 8], width: 100, height: 30 }))
    expect(points).toHaveLength(3)
    const [first, high, low] = points
    expect(first?.[0]).toBeCloseTo(1.5)
    expect(high?.[1]).toBeCloseTo(1.5)
    expect(low?.[1]).toBeCloseTo(28.5)
    expect(low?.[0]).toBeCloseTo(98.5)
  })

  test('a falling week in the "down" colour, and an explicit direction wins', () => {
    expect(render({ points: [12, 11, 10] })).toContain('style="stroke:var(--color-down)"')
    expect(render({ points: [12, 11, 10] })).toContain('下跌')
    expect(render({ points: [12, 11, 10], direction: 'up' })).toContain(
      'style="stroke:var(--color-up)"',
    )
  })

  test('a flat line sits in the middle in the neutral colour', () => {
    const html = render({ points: [5, 5, 5], height: 20 })
    expect(html).toContain('style="stroke:var(--color-flat)"')
    expect(polylinePoints(html).every(([, y]) => y === 10)).toBe(true)
  })

  test('nulls are skipped; fewer than two points draw nothing', () => {
    expect(polylinePoints(render({ points: [1, null, 2] }))).toHaveLength(2)
    expect(render({ points: [1] })).toBe('')
    expect(render({ points: null })).toBe('')
    expect(render({ points: [] })).toBe('')
  })

  test('a custom label is used as is and escaped', () => {
    expect(render({ points: [1, 2], label: 'BTC <7d>' })).toContain('aria-label="BTC &lt;7d&gt;"')
  })
})

describe('directionOf', () => {
  test.each([
    [1.2, 'up'],
    [-0.01, 'down'],
    [0, 'flat'],
    [null, 'flat'],
    [undefined, 'flat'],
    [Number.NaN, 'flat'],
  ] as const)('%p → %s', (change, direction) => {
    expect(directionOf(change)).toBe(direction)
  })
})

describe('Sparkline in another edition', () => {
  test('its label comes from the edition given', () => {
    const html = renderToStaticMarkup(
      createElement(Sparkline, { points: [10, 11, 10.5, 12], text: MESSAGES.en.market }),
    )
    expect(html).toContain('aria-label="7-day trend: up 20.00%"')
  })
})
