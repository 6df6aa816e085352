import { demoArticles } from '@/lib/seed/articles'
import { demoCoins } from '@/lib/seed/coins'
import { demoImages } from '@/lib/seed/images'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'
import { demoTags } from '@/lib/seed/tags'
import { validateSlug } from '@/lib/slug'

const textLength = (article: (typeof demoArticles)[number]) =>
  article.blocks.reduce((sum, block) => {
    if ('text' in block) return sum + block.text.length
    if (block.type === 'list') return sum + block.items.join('').length
    if (block.type === 'table') return sum + [...block.header, ...block.rows.flat()].join('').length
    return sum
  }, 0)

describe('demo content', () => {
  test('at least 60 articles with unique keys and valid, unique slugs', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(60)
    const slugs = demoArticles.map(demoArticleSlug)
    expect(new Set(slugs).size).toBe(demoArticles.length)
    for (const slug of slugs) expect(validateSlug(slug)).toBe(true)
  })

  test('every tag has articles, and every reference names a known tag, coin or image', () => {
    const tagSlugs = new Set<string>(demoTags.map((tag) => tag.slug))
    const coinIds = new Set<string>(demoCoins.map((coin) => coin.marketDataId))
    const imageKeys = new Set(demoImages.map((image) => image.key))
    for (const article of demoArticles) {
      for (const tag of article.tags) expect(tagSlugs).toContain(tag)
      for (const coin of article.coins) expect(coinIds).toContain(coin)
      for (const block of article.blocks)
        if (block.type === 'image') expect(imageKeys).toContain(block.image)
    }
    for (const tag of tagSlugs) {
      expect(
        demoArticles.filter((article) => article.tags.includes(tag)).length,
      ).toBeGreaterThanOrEqual(3)
    }
  })

  test('varied lengths with headings and tables, and a few drafts', () => {
    expect(
      demoArticles.filter((article) => textLength(article) >= 2500).length,
    ).toBeGreaterThanOrEqual(8)
    expect(
      demoArticles.filter((article) => textLength(article) < 900).length,
    ).toBeGreaterThanOrEqual(8)
    expect(
      demoArticles.filter((article) => article.blocks.some((b) => b.type === 'table')).length,
    ).toBeGreaterThanOrEqual(10)
    expect(
      demoArticles.filter((article) => article.blocks.some((b) => b.type === 'h2')).length,
    ).toBeGreaterThanOrEqual(40)
    expect(demoArticles.filter((article) => article.draft).length).toBeGreaterThanOrEqual(3)
  })

  test('every table row is as wide as its header', () => {
    for (const article of demoArticles) {
      for (const block of article.blocks) {
        if (block.type !== 'table') continue
        for (const row of block.rows) expect(row).toHaveLength(block.header.length)
      }
    }
  })

  test('the 13 tags are the model page’s tabs, in order', () => {
    expect(demoTags.map((tag) => tag.name)).toEqual([
      '产业',
      'Web 3.0',
      'DAO',
      'DeFi',
      '符文',
      '空投再质押',
      '以太坊',
      'Meme',
      '比特币L2',
      '以太坊L2',
      '研报',
      '头条',
      '投资',
    ])
  })
})
