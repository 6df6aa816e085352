import { moveSincePublish } from '@/lib/flash/reaction'

describe('发布后涨跌', () => {
  test('is the move from the price at publishing to the price now, in percent', () => {
    expect(moveSincePublish(100, 102.1)).toBeCloseTo(2.1, 10)
    expect(moveSincePublish(64000, 62720)).toBeCloseTo(-2, 10)
    expect(moveSincePublish(3.5, 3.5)).toBe(0)
  })

  test('is unknown without both prices', () => {
    expect(moveSincePublish(undefined, 100)).toBeNull()
    expect(moveSincePublish(100, null)).toBeNull()
    expect(moveSincePublish(0, 100)).toBeNull()
  })
})
