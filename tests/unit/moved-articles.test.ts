/**
 * Which of Next's 308s the production server sends as an old article URL's 301
 * (lib/redirects/movedArticles.ts): only the article page's own redirect to another slug of the
 * same edition, with the reader's query string; Next's other permanent redirects pass untouched.
 */
import { articlePathOf, movedLocation } from '@/lib/redirects/movedArticles'

describe('movedLocation', () => {
  test.each([
    ['/articles/old?utm_source=x', '/articles/new', '/articles/new?utm_source=x'],
    ['/zh-tw/articles/old', '/zh-tw/articles/new', '/zh-tw/articles/new'],
    ['/en/articles/old?a=1&b=2', '/en/articles/new', '/en/articles/new?a=1&b=2'],
    ['/articles/old?x=1', 'http://localhost:3000/articles/new', '/articles/new?x=1'],
    ['/articles/old?x=1', '/articles/new?y=2', '/articles/new?y=2'],
  ])('%s → %s becomes %s', (request, location, moved) => {
    expect(movedLocation(request, location)).toBe(moved)
  })

  test.each([
    // Next's own: zh-CN's internal spelling, a trailing slash.
    ['/zh-cn/articles/a', '/articles/a'],
    ['/articles/a/', '/articles/a'],
    // Not an article page, or another edition's page.
    ['/tag/defi', '/tag/defi-new'],
    ['/articles/a', '/en/articles/b'],
    ['/articles/a', '/login'],
  ])('%s → %s is left alone', (request, location) => {
    expect(movedLocation(request, location)).toBeNull()
  })
})

test('articlePathOf reads the edition and slug of an article page only', () => {
  expect(articlePathOf('/articles/a')).toEqual({ locale: 'zh-CN', slug: 'a' })
  expect(articlePathOf('/en/articles/a')).toEqual({ locale: 'en', slug: 'a' })
  expect(articlePathOf('/articles/a/b')).toBeNull()
  expect(articlePathOf('/articles')).toBeNull()
})
