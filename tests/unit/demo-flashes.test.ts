import { demoCoins } from '@/lib/seed/coins'
import { demoFlashCategories } from '@/lib/seed/flashCategories'
import { demoFlashes } from '@/lib/seed/flashes'
import { demoPriceAtPublish } from '@/lib/seed/seedFlashes'

describe('demo 快讯', () => {
  test('at least 120, unique keys and texts, within three days, newest first', () => {
    expect(demoFlashes.length).toBeGreaterThanOrEqual(120)
    expect(new Set(demoFlashes.map((flash) => flash.key)).size).toBe(demoFlashes.length)
    expect(new Set(demoFlashes.map((flash) => flash.text)).size).toBe(demoFlashes.length)
    const ages = demoFlashes.map((flash) => flash.minutesAgo)
    expect(ages).toEqual([...ages].sort((a, b) => a - b))
    expect(Math.max(...ages)).toBeLessThanOrEqual(3 * 24 * 60)
  })

  test('texts fit the collection, some are 重要, most name coins that exist', () => {
    const coins = new Set<string>(demoCoins.map((coin) => coin.marketDataId))
    const categories = new Set<string>(demoFlashCategories.map((category) => category.slug))
    for (const flash of demoFlashes) {
      expect(flash.text.length).toBeLessThanOrEqual(500)
      expect((flash.title ?? '').length).toBeLessThanOrEqual(80)
      expect(flash.english?.text.length ?? 0).toBeLessThanOrEqual(500)
      for (const coin of flash.coins) expect(coins.has(coin)).toBe(true)
      for (const category of flash.categories) expect(categories.has(category)).toBe(true)
    }
    expect(demoFlashes.filter((flash) => flash.important).length).toBeGreaterThanOrEqual(10)
    const withCoins = demoFlashes.filter((flash) => flash.coins.length > 0).length
    expect(withCoins / demoFlashes.length).toBeGreaterThan(0.5)
  })

  test('demo prices at publishing move a few percent, the same on every run', () => {
    const flash = { key: 'f001-test', minutesAgo: 4320 }
    const price = demoPriceAtPublish(100, flash, 'bitcoin')
    expect(price).toBe(demoPriceAtPublish(100, flash, 'bitcoin'))
    expect(Math.abs(price / 100 - 1)).toBeLessThanOrEqual(0.06)
    // Two coins of one flash moved apart, as coins do.
    expect(demoPriceAtPublish(100, flash, 'ethereum')).not.toBe(price)
    expect(
      Math.abs(demoPriceAtPublish(100, { ...flash, minutesAgo: 0 }, 'bitcoin') / 100 - 1),
    ).toBeLessThanOrEqual(0.01)
  })
})
