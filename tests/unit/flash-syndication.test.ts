import { flashRssItem, flashSitemapUrl } from '@/lib/flash/syndication'
import type { TFlashItem } from '@/lib/queries/findFlashes'

const flash: TFlashItem = {
  id: '42',
  title: null,
  text: 'BTC 短时突破 65,000 美元。24 小时涨幅 2.1%。',
  important: true,
  publishedAt: '2026-12-06T03:00:00.000Z',
  updatedAt: '2026-12-06T03:05:00.000Z',
  source: null,
  coins: [],
  pricesAtPublish: {},
  categories: [{ id: '1', slug: 'market', name: '行情' }],
}

describe('快讯 in RSS and the sitemap', () => {
  test('an RSS item: the headline as title, the whole text, the categories, the permalink', () => {
    expect(flashRssItem(flash)).toEqual([
      {
        path: '/flash/42',
        title: 'BTC 短时突破 65,000 美元',
        summary: flash.text,
        publishedAt: flash.publishedAt,
        tags: ['行情'],
      },
    ])
    expect(flashRssItem({ ...flash, publishedAt: null })).toEqual([])
  })

  test('a sitemap entry names English only for a flash written in English', () => {
    expect(flashSitemapUrl(flash, false).editions).toEqual(['zh-CN', 'zh-TW'])
    expect(flashSitemapUrl(flash, true).editions).toEqual(['zh-CN', 'zh-TW', 'en'])
    expect(flashSitemapUrl(flash, true).lastModified).toBe(flash.updatedAt)
  })
})
