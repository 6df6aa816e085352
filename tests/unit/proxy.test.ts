import { isMalformedPath } from '@/proxy'

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
