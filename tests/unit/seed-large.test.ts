import { generateArticle } from '@/scripts/largeDataset/article'
import {
  BULK_COIN_ID,
  generateCoin,
  popularityTable,
  spreadCoinIndexes,
} from '@/scripts/largeDataset/coins'
import { BULK_FLASH_SOURCE, generateFlash } from '@/scripts/largeDataset/flash'
import { parseSeedLargeArgs } from '@/scripts/largeDataset/args'
import { describeProgress } from '@/scripts/largeDataset/progress'
import { validateSlug } from '@/lib/slug'

describe('npm run seed:large flags', () => {
  test('--articles, --flashes or --coins (or several) is required; --batch defaults to 500', () => {
    expect(parseSeedLargeArgs(['--articles', '100000'])).toEqual({
      ok: true,
      args: { help: false, articles: 100000, flashes: undefined, coins: undefined, batch: 500 },
    })
    expect(parseSeedLargeArgs(['--articles=300', '--batch', '50'])).toEqual({
      ok: true,
      args: { help: false, articles: 300, flashes: undefined, coins: undefined, batch: 50 },
    })
    expect(parseSeedLargeArgs(['--flashes', '100000'])).toEqual({
      ok: true,
      args: { help: false, articles: undefined, flashes: 100000, coins: undefined, batch: 500 },
    })
    expect(parseSeedLargeArgs(['--coins', '200'])).toEqual({
      ok: true,
      args: { help: false, articles: undefined, flashes: undefined, coins: 200, batch: 500 },
    })
    expect(parseSeedLargeArgs(['--help'])).toEqual({ ok: true, args: { help: true } })
    expect(parseSeedLargeArgs(['-h'])).toEqual({ ok: true, args: { help: true } })
  })

  test.each([
    [[], /--articles, --flashes or --coins is required/],
    [['--coins', '10001'], /at most 10000/],
    [['--flashes', '0'], /at least 1/],
    [['--articles'], /argument missing/],
    [['--articles', '0'], /at least 1/],
    [['--articles', '1000001'], /at most 1000000/],
    [['--articles', '1e5'], /whole number/],
    [['--articles', '-5'], /ambiguous/],
    [['--articles=-5'], /whole number/],
    [['--articles', '10', '--batch', '0'], /--batch must be at least 1/],
    [['--articles', '10', '--bogus'], /Unknown option '--bogus'/],
    [['--articles', '10', 'extra'], /Unexpected argument 'extra'/],
  ])('%p is refused with one clear line', (argv, message) => {
    const result = parseSeedLargeArgs(argv)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(message)
      expect(result.error).not.toContain('\n')
    }
  })
})

describe('generated articles', () => {
  test('are deterministic, with valid bulk slugs, 1–3 tags, 0–3 coins, 1–6 KB bodies', () => {
    expect(generateArticle(42, 13, 32)).toEqual(generateArticle(42, 13, 32))
    for (let n = 1; n <= 200; n++) {
      const article = generateArticle(n, 13, 32)
      expect(article.slug.startsWith(`bulk-${n}-`)).toBe(true)
      expect(validateSlug(article.slug)).toBe(true)
      expect(article.tagIndexes.length).toBeGreaterThanOrEqual(1)
      expect(article.tagIndexes.length).toBeLessThanOrEqual(3)
      expect(new Set(article.tagIndexes).size).toBe(article.tagIndexes.length)
      expect(article.coinIndexes.length).toBeLessThanOrEqual(3)
      const text = article.blocks
        .map((block) => ('text' in block ? block.text : JSON.stringify(block)))
        .join('')
      expect(Buffer.byteLength(text)).toBeGreaterThan(900)
      expect(Buffer.byteLength(text)).toBeLessThan(7 * 1024)
      expect(article.blocks.some((block) => block.type === 'h2')).toBe(true)
      expect(article.title.length).toBeLessThanOrEqual(120)
      expect(article.summary.length).toBeLessThanOrEqual(400)
    }
  })

  test('progress line shows count, percentage, rate and ETA', () => {
    expect(describeProgress('seed:large', 500, 1000, 2000)).toBe(
      'seed:large 500/1000 50.0% 250/s ETA 2s',
    )
  })
})

describe('generated 快讯', () => {
  test('are deterministic, within the collection’s limits, with 1–2 categories and 0–2 coins', () => {
    expect(generateFlash(7, 7, 32)).toEqual(generateFlash(7, 7, 32))
    for (let n = 1; n <= 200; n++) {
      const flash = generateFlash(n, 7, 32)
      expect(flash.text.length).toBeLessThanOrEqual(500)
      expect((flash.title ?? '').length).toBeLessThanOrEqual(80)
      expect(flash.categoryIndexes.length).toBeGreaterThanOrEqual(1)
      expect(flash.categoryIndexes.length).toBeLessThanOrEqual(2)
      expect(flash.coinIndexes.length).toBeLessThanOrEqual(2)
      expect(BULK_FLASH_SOURCE.exec(flash.sourceName)?.[1]).toBe(String(n))
    }
  })
})

describe('spread coins (seed:large --coins)', () => {
  test('generated coins are valid provider ids ranked after the demo coins', () => {
    const coin = generateCoin(17, 32)
    expect(BULK_COIN_ID.exec(coin.marketDataId)?.[1]).toBe('17')
    expect(coin.rank).toBe(49)
  })

  test('articles get 1–3 distinct coins, 快讯 0–2, the same on every run, a few popular', () => {
    const table = popularityTable(232)
    expect(spreadCoinIndexes('article', 5, table)).toEqual(spreadCoinIndexes('article', 5, table))
    const perCoin = new Array<number>(232).fill(0)
    for (let n = 1; n <= 20_000; n++) {
      const coins = spreadCoinIndexes('article', n, table)
      expect(coins.length).toBeGreaterThanOrEqual(1)
      expect(coins.length).toBeLessThanOrEqual(3)
      expect(new Set(coins).size).toBe(coins.length)
      for (const i of coins) perCoin[i]! += 1
      expect(spreadCoinIndexes('flash', n, table).length).toBeLessThanOrEqual(2)
    }
    // The most popular coin is on about a third of the articles, the last on well under 1%.
    expect(perCoin[0]! / 20_000).toBeGreaterThan(0.25)
    expect(perCoin[231]! / 20_000).toBeLessThan(0.005)
    expect(perCoin[231]).toBeGreaterThan(0)
  })
})
