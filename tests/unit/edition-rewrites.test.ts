import { readdirSync } from 'node:fs'
import path from 'node:path'

import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'

import { editionRedirects, editionRewrites, OUTSIDE_EDITIONS } from '@/lib/editionRewrites'

/** A route source matched the way Next's router does (server/lib/router-utils/filesystem.js). */
const matcherOf = (source: string) =>
  getPathMatch(source, { strict: true, removeUnnamedParams: true, sensitive: false })

/**
 * Where a public URL lands among app/(frontend)/[edition]'s routes, with Next's own matching,
 * `has` conditions and destination compiling. Rewrites are tried in order; every destination is a
 * route, so Next stops at the first that matches.
 */
function destinationOf(url: string): string | null {
  const parsed = new URL(url, 'http://site.test')
  const query = Object.fromEntries(parsed.searchParams)
  for (const rule of editionRewrites()) {
    const params = matcherOf(rule.source)(parsed.pathname)
    if (!params) continue
    const hasParams = matchHas({ headers: {} } as never, query, 'has' in rule ? rule.has : [])
    if (!hasParams) continue
    const { parsedDestination } = prepareDestination({
      appendParamsToQuery: false,
      destination: rule.destination,
      params: { ...params, ...hasParams },
      query: {},
    })
    return parsedDestination.pathname
  }
  return null
}

describe('public URLs reach the edition routes', () => {
  test.each([
    ['/', '/zh-cn/feed/all'],
    ['/?cursor=abc', '/zh-cn/feed/all/after/abc'],
    ['/?page=2', '/zh-cn/feed/all/page/2'],
    ['/tag/defi', '/zh-cn/feed/defi'],
    ['/tag/defi?cursor=abc', '/zh-cn/feed/defi/after/abc'],
    ['/articles/a-1', '/zh-cn/articles/a-1'],
    ['/watchlist', '/zh-cn/watchlist'],
    ['/login?next=/x', '/zh-cn/login'],
    ['/rss.xml', '/zh-cn/rss.xml'],
    ['/tag/defi/rss.xml', '/zh-cn/tag/defi/rss.xml'],
    ['/no/such/page', '/zh-cn/no/such/page'],
    ['/english', '/zh-cn/english'],
    ['/enx/a', '/zh-cn/enx/a'],
    ['/apis', '/zh-cn/apis'],
    ['/articles/%E6%AF%94%E7%89%B9%E5%B8%81', '/zh-cn/articles/%E6%AF%94%E7%89%B9%E5%B8%81'],
    ['/zh-tw', '/zh-tw/feed/all'],
    ['/zh-tw?page=3', '/zh-tw/feed/all/page/3'],
    ['/zh-tw/tag/defi', '/zh-tw/feed/defi'],
    ['/en', '/en/feed/all'],
    ['/en/tag/defi?cursor=x', '/en/feed/defi/after/x'],
    ['/flash', '/zh-cn/flash-feed/all'],
    ['/flash?filter=important', '/zh-cn/flash-feed/important'],
    ['/flash?cursor=abc-1', '/zh-cn/flash-feed/all/after/abc-1'],
    ['/flash?filter=market&cursor=abc-1', '/zh-cn/flash-feed/market/after/abc-1'],
    ['/flash?cursor=abc-1&filter=market', '/zh-cn/flash-feed/market/after/abc-1'],
    ['/flash/42', '/zh-cn/flash/42'],
    ['/zh-tw/flash?filter=important', '/zh-tw/flash-feed/important'],
    ['/en/flash', '/en/flash-feed/all'],
    ['/coins/bitcoin', '/zh-cn/coins/bitcoin'],
    ['/coins/bitcoin?cursor=abc-1', '/zh-cn/coins/bitcoin/after/abc-1'],
    ['/coins/bitcoin/rss.xml', '/zh-cn/coins/bitcoin/rss.xml'],
    ['/zh-tw/coins/avalanche-2?cursor=abc-1', '/zh-tw/coins/avalanche-2/after/abc-1'],
    ['/en/coins/bitcoin?cursor=x&utm_source=y', '/en/coins/bitcoin/after/x'],
    ['/coins/bitcoin/flash', '/zh-cn/coins/bitcoin/flash'],
    ['/coins/bitcoin/flash?cursor=abc-1', '/zh-cn/coins/bitcoin/flash/after/abc-1'],
    ['/zh-tw/coins/bitcoin/flash?cursor=abc-1', '/zh-tw/coins/bitcoin/flash/after/abc-1'],
    ['/en/coins/bitcoin/flash?cursor=x&utm_source=y', '/en/coins/bitcoin/flash/after/x'],
  ])('%s → %s', (url, destination) => expect(destinationOf(url)).toBe(destination))

  test.each([
    '/en/articles/a-1',
    '/en/coins/bitcoin',
    '/en/coins/bitcoin/flash',
    '/zh-tw/watchlist',
    '/zh-cn/articles/a-1',
    '/api/users/me',
    '/API/users/me',
    '/admin',
    '/admin/collections/articles',
    '/_next/static/chunks/x.js',
    '/__nextjs_original-stack-frame',
    '/feed-items',
    '/sitemap.xml',
    '/sitemaps/articles/0.xml',
    '/robots.txt',
    '/preview/exit',
    '/news-sitemap.xml',
    '/favicon.ico',
    '/logo.png',
  ])('%s is not rewritten (a route or file of its own)', (url) => {
    expect(destinationOf(url)).toBeNull()
  })

  test('the internal zh-CN spelling redirects to the public URL', () => {
    const [home, pages] = editionRedirects()
    expect(home).toMatchObject({ source: '/zh-cn', destination: '/', permanent: true })
    expect(matcherOf(pages!.source)('/zh-cn/articles/a')).toEqual({ path: ['articles', 'a'] })
  })

  test('every route beside the editions and every public file is left alone', () => {
    const beside = readdirSync(path.resolve('app/(frontend)')).filter(
      (entry) => entry !== '[edition]',
    )
    const files = [...readdirSync(path.resolve('public')), 'favicon.ico']
    expect(
      [...beside, ...files].filter((entry) => !OUTSIDE_EDITIONS.includes(entry as never)),
    ).toEqual([])
  })
})
