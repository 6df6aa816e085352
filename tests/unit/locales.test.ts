import { localizedPath, splitLocalePath } from '@/lib/i18n/locales'

describe('edition URLs', () => {
  test.each([
    ['/', 'zh-CN', '/'],
    ['/tag/defi', 'zh-CN', '/tag/defi'],
    ['/zh-tw', 'zh-TW', '/'],
    ['/zh-tw/articles/a-1', 'zh-TW', '/articles/a-1'],
    ['/en', 'en', '/'],
    ['/en/tag/defi', 'en', '/tag/defi'],
    // Only a whole first segment names an edition.
    ['/english', 'zh-CN', '/english'],
    ['/enx/a', 'zh-CN', '/enx/a'],
  ])('%s is %s %s', (pathname, locale, path) =>
    expect(splitLocalePath(pathname)).toEqual({ locale, path }),
  )

  test.each([
    ['zh-CN', '/', '/'],
    ['zh-CN', '/tag/defi', '/tag/defi'],
    ['zh-TW', '/', '/zh-tw'],
    ['en', '/articles/a-1', '/en/articles/a-1'],
  ] as const)('%s %s → %s, and back', (locale, path, url) => {
    expect(localizedPath(locale, path)).toBe(url)
    expect(splitLocalePath(url)).toEqual({ locale, path })
  })
})
