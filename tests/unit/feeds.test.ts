/** The XML builders behind /rss.xml and the sitemaps, and the JSON-LD serializer. */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { newsArticleJsonLd, serializeJsonLd } from '@/lib/syndication/jsonLd'
import { ZSitemapChunkSchema } from '@/lib/syndication/params'
import { buildRss, type TRssItem } from '@/lib/syndication/rss'
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlSet,
  SITEMAP_MAX_URLS,
  SitemapTooLargeError,
  sitemapChunkCount,
} from '@/lib/syndication/sitemap'
import { escapeXml, rfc822 } from '@/lib/syndication/xml'

const SITE = 'https://news.example'
const NASTY = `A & B <b>"引号" 'single'</b> ]]> </script>`
const parser = new XMLParser({ ignoreAttributes: false })

const item = (overrides: Partial<TRssItem> = {}): TRssItem => ({
  path: '/articles/hello-world',
  title: NASTY,
  summary: `摘要 ${NASTY}`,
  publishedAt: '2026-11-01T08:05:09.000Z',
  tags: ['DeFi', 'R&D'],
  ...overrides,
})

describe('escapeXml', () => {
  test('escapes the five XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;')
    expect(escapeXml('a\u0000b\u001fc\td')).toBe('abc\td')
  })
})

describe('rfc822', () => {
  test('formats as RSS 2.0 wants: day, date, month, year, time, GMT', () => {
    expect(rfc822('2026-11-01T08:05:09.000Z')).toBe('Sun, 01 Nov 2026 08:05:09 GMT')
    expect(rfc822(new Date('2026-02-28T23:59:59+08:00'))).toBe('Sat, 28 Feb 2026 15:59:59 GMT')
  })
})

describe('buildRss', () => {
  const xml = buildRss(
    {
      siteUrl: SITE,
      locale: 'zh-CN',
      title: 'T & T',
      description: 'D',
      path: '/',
      selfPath: '/rss.xml',
    },
    [item(), item({ path: '/articles/second', publishedAt: '2026-10-31T00:00:00.000Z', tags: [] })],
  )
  const channel = parser.parse(xml).rss.channel

  test('is well-formed and round-trips titles and summaries with every special character', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(channel.title).toBe('T & T')
    expect(channel.item[0].title).toBe(NASTY)
    expect(channel.item[0].description).toBe(`摘要 ${NASTY}`)
    expect(xml).not.toContain('<b>')
  })

  test('channel and items carry what readers need', () => {
    expect(channel.link).toBe(`${SITE}/`)
    expect(channel.language).toBe('zh-CN')
    expect(channel.lastBuildDate).toBe('Sun, 01 Nov 2026 08:05:09 GMT')
    const first = channel.item[0]
    expect(first.link).toBe(`${SITE}/articles/hello-world`)
    expect(first.guid['#text']).toBe(`${SITE}/articles/hello-world`)
    expect(first.guid['@_isPermaLink']).toBe('true')
    expect(first.pubDate).toBe('Sun, 01 Nov 2026 08:05:09 GMT')
    expect(first.category).toEqual(['DeFi', 'R&D'])
  })

  test("another edition's feed links to that edition's pages and says its language", () => {
    const english = parser.parse(
      buildRss(
        {
          siteUrl: SITE,
          locale: 'en',
          title: 'T',
          description: 'D',
          path: '/tag/defi',
          selfPath: '/tag/defi/rss.xml',
        },
        [item()],
      ),
    ).rss.channel
    expect(english.language).toBe('en')
    expect(english.link).toBe(`${SITE}/en/tag/defi`)
    expect(english['atom:link']['@_href']).toBe(`${SITE}/en/tag/defi/rss.xml`)
    expect(english.item.link).toBe(`${SITE}/en/articles/hello-world`)
  })
})

describe('sitemaps', () => {
  test('a url set is well-formed with absolute locations', () => {
    const xml = buildUrlSet(SITE, [
      { path: '/' },
      { path: '/articles/a', lastModified: '2026-11-01T00:00:00.000Z' },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url
    expect(urls.map((url: { loc: string }) => url.loc)).toEqual([`${SITE}/`, `${SITE}/articles/a`])
  })

  test('a chunk is never over 50,000 URLs', () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({
      path: `/articles/${i}`,
    }))
    expect(() => buildUrlSet(SITE, urls)).toThrow(SitemapTooLargeError)
    expect(() => buildUrlSet(SITE, urls.slice(0, SITEMAP_MAX_URLS))).not.toThrow()
    expect(sitemapChunkCount(0)).toBe(1)
    expect(sitemapChunkCount(SITEMAP_MAX_URLS)).toBe(1)
    expect(sitemapChunkCount(SITEMAP_MAX_URLS + 1)).toBe(2)
    expect(sitemapChunkCount(100_000, 10_000)).toBe(10)
  })

  test('the index lists absolute chunk URLs', () => {
    const xml = buildSitemapIndex(SITE, ['/sitemaps/pages.xml', '/sitemaps/articles/1.xml'])
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parser.parse(xml).sitemapindex.sitemap[1].loc).toBe(`${SITE}/sitemaps/articles/1.xml`)
  })

  test('the news sitemap names the publication and escapes titles', () => {
    const xml = buildNewsSitemap(SITE, [
      { slug: 'a', title: NASTY, publishedAt: '2026-11-01T08:05:09.000Z' },
    ])
    expect(XMLValidator.validate(xml)).toBe(true)
    const news = parser.parse(xml).urlset.url['news:news']
    expect(news['news:publication']).toEqual({ 'news:name': 'Newsroom', 'news:language': 'zh-cn' })
    expect(news['news:title']).toBe(NASTY)
    expect(news['news:publication_date']).toBe('2026-11-01T08:05:09.000Z')
  })

  test('chunk file names are validated', () => {
    expect(ZSitemapChunkSchema.parse('12.xml')).toBe(12)
    for (const bad of ['0.xml', '1', '-1.xml', '1.xml.gz', 'a.xml', '1234567.xml'])
      expect(ZSitemapChunkSchema.safeParse(bad).success).toBe(false)
  })
})

describe('JSON-LD', () => {
  test('`</script>` in any value cannot close the script tag, and the JSON is unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script> & \u2028' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(data)
  })

  test('NewsArticle carries the fields rich results read', () => {
    const data = newsArticleJsonLd({
      siteUrl: SITE,
      url: `${SITE}/articles/a`,
      headline: 'H',
      description: 'D',
      datePublished: '2026-11-01T00:00:00.000Z',
      dateModified: '2026-11-02T00:00:00.000Z',
      authors: [{ name: '记者' }],
      images: [`${SITE}/api/media/file/a.png`],
      logoUrl: `${SITE}/logo.png`,
      keywords: ['DeFi'],
      inLanguage: 'zh-TW',
    })
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'H',
      inLanguage: 'zh-TW',
      datePublished: '2026-11-01T00:00:00.000Z',
      dateModified: '2026-11-02T00:00:00.000Z',
      author: [{ '@type': 'Person', name: '记者' }],
      image: [`${SITE}/api/media/file/a.png`],
      publisher: { '@type': 'Organization', name: 'Newsroom', logo: { url: `${SITE}/logo.png` } },
      mainEntityOfPage: { '@id': `${SITE}/articles/a` },
    })
  })
})

describe('sitemap hreflang alternates', () => {
  test('a page names itself and each edition it exists in, with zh-CN as x-default', () => {
    const xml = buildUrlSet(SITE, [{ path: '/tag/defi', editions: ['zh-CN', 'zh-TW', 'en'] }])
    expect(XMLValidator.validate(xml)).toBe(true)
    const url = parser.parse(xml).urlset.url
    expect(url.loc).toBe(`${SITE}/tag/defi`)
    const links = (url['xhtml:link'] as Record<string, string>[]).map((link) => [
      link['@_hreflang'],
      link['@_href'],
    ])
    expect(links).toEqual([
      ['zh-CN', `${SITE}/tag/defi`],
      ['zh-TW', `${SITE}/zh-tw/tag/defi`],
      ['en', `${SITE}/en/tag/defi`],
      ['x-default', `${SITE}/tag/defi`],
    ])
  })

  test('an edition the page lacks is not announced', () => {
    const xml = buildUrlSet(SITE, [{ path: '/articles/a', editions: ['zh-CN', 'zh-TW'] }])
    expect(xml).toContain('hreflang="zh-TW"')
    expect(xml).not.toContain('hreflang="en"')
  })
})
