/**
 * Feeds and search-engine readiness on the production build: RSS, sitemaps, the news sitemap and
 * robots.txt are well-formed XML (checked by a real parser) with the expected entries, and an
 * article page carries JSON-LD, Open Graph and Twitter tags.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { startProductionServer, type TProductionServer } from '@/tests/helpers/productionServer'
import { demoArticles } from '@/lib/seed/articles'
import { demoArticleSlug } from '@/lib/seed/seedDemoContent'

let server: TProductionServer

beforeAll(async () => {
  server = await startProductionServer()
})
afterAll(async () => server?.stop())

const published = demoArticles.filter((article) => !article.draft)
const drafts = demoArticles.filter((article) => article.draft)
// Single entries come back as an object, several as an array: always read them as arrays.
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
})

async function fetchXml(path: string, type = 'xml') {
  const response = await fetch(`${server.baseUrl}${path}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain(type)
  const text = await response.text()
  expect(XMLValidator.validate(text)).toBe(true)
  return { text, xml: parser.parse(text) }
}

const draftUrls = drafts.map((article) => `/articles/${demoArticleSlug(article)}`)
const mentionsDraft = (text: string) => draftUrls.some((url) => text.includes(url))

test('/rss.xml: RSS 2.0 with the newest published articles, no drafts', async () => {
  const { text, xml } = await fetchXml('/rss.xml', 'application/rss+xml; charset=utf-8')
  expect(xml.rss['@_version']).toBe('2.0')
  const channel = xml.rss.channel
  expect(channel.language).toBe('zh-CN')
  expect(channel.link).toBe(`${server.baseUrl}/`)
  expect(channel.item).toHaveLength(Math.min(50, published.length))
  const newest = [...published].sort((a, b) => a.hoursAgo - b.hoursAgo)[0]!
  expect(channel.item[0].title).toBe(newest.title)
  expect(channel.item[0].link).toBe(`${server.baseUrl}/articles/${demoArticleSlug(newest)}`)
  expect(channel.item[0].pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} [\d:]{8} GMT$/)
  expect(mentionsDraft(text)).toBe(false)
})

test('/tag/defi/rss.xml: only DeFi articles; an unknown tag is a 404', async () => {
  const { text, xml } = await fetchXml('/tag/defi/rss.xml', 'application/rss+xml')
  const defi = published.filter((article) => article.tags.includes('defi'))
  const items = xml.rss.channel.item
  expect(items).toHaveLength(Math.min(50, defi.length))
  expect(items.every((item: { category: string[] }) => item.category.includes('DeFi'))).toBe(true)
  expect(mentionsDraft(text)).toBe(false)
  expect((await fetch(`${server.baseUrl}/tag/no-such-tag/rss.xml`)).status).toBe(404)
})

test('/sitemap.xml: an index whose chunks list every published article once, no drafts', async () => {
  const { xml } = await fetchXml('/sitemap.xml')
  const chunkUrls: string[] = xml.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)
  expect(chunkUrls).toContain(`${server.baseUrl}/sitemaps/pages.xml`)
  const locs: string[] = []
  for (const url of chunkUrls) {
    expect(url.startsWith(server.baseUrl)).toBe(true)
    const { xml: chunk } = await fetchXml(url.slice(server.baseUrl.length))
    locs.push(...chunk.urlset.url.map((entry: { loc: string }) => entry.loc))
  }
  const articles = locs.filter((loc) => loc.includes('/articles/'))
  expect(articles).toHaveLength(published.length)
  expect(new Set(articles).size).toBe(published.length)
  expect(locs).toContain(`${server.baseUrl}/`)
  expect(locs).toContain(`${server.baseUrl}/tag/defi`)
  expect(mentionsDraft(locs.join('\n'))).toBe(false)
})

test('/news-sitemap.xml: Google News entries for the last 48 hours', async () => {
  const { xml } = await fetchXml('/news-sitemap.xml')
  const recent = published.filter((article) => article.hoursAgo < 48)
  const urls = xml.urlset.url
  expect(urls).toHaveLength(recent.length)
  expect(urls[0]['news:news']['news:publication']['news:name']).toBe('Newsroom')
  expect(urls[0]['news:news']['news:publication']['news:language']).toBe('zh-cn')
})

test('/robots.txt: allows the portal, keeps crawlers out of admin and API, names the sitemaps', async () => {
  const response = await fetch(`${server.baseUrl}/robots.txt`)
  expect(response.status).toBe(200)
  const text = await response.text()
  for (const path of ['/admin', '/api', '/account', '/preview'])
    expect(text).toContain(`Disallow: ${path}`)
  expect(text).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`)
  expect(text).toContain(`Sitemap: ${server.baseUrl}/news-sitemap.xml`)
})

test('an article page has NewsArticle JSON-LD, Open Graph, Twitter card and a canonical URL', async () => {
  const article = published[0]!
  const url = `${server.baseUrl}/articles/${demoArticleSlug(article)}`
  const html = await (await fetch(url)).text()
  const script = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)
  expect(script).not.toBeNull()
  const data = JSON.parse(script![1]!)
  expect(data['@type']).toBe('NewsArticle')
  expect(data.headline).toBe(article.title)
  expect(data.mainEntityOfPage['@id']).toBe(url)
  expect(data.publisher.name).toBe('Newsroom')
  expect(data.datePublished).toBeTruthy()
  expect(data.dateModified).toBeTruthy()
  const meta = (attribute: string, name: string) =>
    html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1]
  expect(meta('property', 'og:type')).toBe('article')
  expect(meta('property', 'og:url')).toBe(url)
  expect(meta('property', 'og:locale')).toBe('zh_CN')
  expect(meta('name', 'twitter:card')).toBe('summary_large_image')
  expect(html).toContain(`<link rel="canonical" href="${url}"/>`)
  expect(html).toMatch(
    /<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/rss\.xml"/,
  )
})
