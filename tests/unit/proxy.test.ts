import {
  hasUnreadableFeedQuery,
  imageUrlProblem,
  isMalformedPath,
} from '@/lib/security/malformedUrl'

describe('malformed portal paths', () => {
  test.each(['/articles/%FF', '/articles/%00%FF', '/tag/%E4%B8', '/articles/%00', '/tag/a%0Ab'])(
    '%s is refused',
    (path) => expect(isMalformedPath(path)).toBe(true),
  )

  test.each([
    '/articles/pectra-abc12345',
    '/tag/defi',
    '/tag/%E4%B8%AD%E6%96%87',
    '/articles/a%20b',
  ])('%s passes on (unknown ones become 404 pages later)', (path) =>
    expect(isMalformedPath(path)).toBe(false),
  )
})

describe("the image optimizer's url parameter", () => {
  test.each(['?url=/%25zz&w=64&q=75', '?url=/api/media/file/%25E4%25B8.png&w=64&q=75'])(
    '%s cannot be read',
    (search) => expect(imageUrlProblem(search)).toBe('"url" parameter is invalid'),
  )

  test.each([
    '?url=/api/media/file/a.png&w=64&q=75',
    '?url=/api/media/file/%25E4%25B8%25AD.png&w=64&q=75',
    '?url=https://example.com/x.png&w=64&q=75',
    '?w=64',
    '',
  ])('%s is left to Next', (search) => expect(imageUrlProblem(search)).toBeNull())
})

describe("a feed page's cursor and page values", () => {
  test.each([
    ['/', '?cursor=%25zz'],
    ['/', '?page=%F0%9F%8F%B3'],
    ['/tag/defi', '?cursor=%E4%B8%AD'],
    ['/tag/defi', '?page=2&page=%C3%A9'],
    ['/coins/bitcoin', '?cursor=%25zz'],
    ['/coins/bitcoin/flash', '?cursor=%25zz'],
    ['/en/coins/bitcoin/flash', '?cursor=%E4%B8%AD'],
  ])('%s%s cannot be read', (pathname, search) =>
    expect(hasUnreadableFeedQuery(pathname, search)).toBe(true),
  )

  test.each([
    ['/', '?cursor=1764921600000-42'],
    ['/', '?page=3'],
    ['/tag/defi', '?cursor=zz-1'],
    ['/articles/x', '?page=%F0%9F%8F%B3'],
    ['/coins/bitcoin/flash', '?cursor=zz-1'],
  ])('%s%s passes on', (pathname, search) =>
    expect(hasUnreadableFeedQuery(pathname, search)).toBe(false),
  )
})
