import { returnPathFrom, safeNextPath, withNext } from '@/lib/account/safeNext'

describe('safeNextPath', () => {
  test.each(['/articles/x', '/', '/account', '/tag/defi?cursor=abc#top', '/articles/%2F%2Fx'])(
    'keeps the same-site path %s',
    (value) => {
      expect(safeNextPath(value)).toBe(value)
    },
  )

  test.each([
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with path', '//evil.com/articles/x'],
    ['absolute https', 'https://evil.com'],
    ['absolute http to ourselves', 'http://localhost:3000/account'],
    ['javascript URL', 'javascript:alert(1)'],
    ['javascript URL with a leading slash trick', '/\\javascript:alert(1)'],
    ['backslash host', '/\\evil'],
    ['backslash after slash', '/\\/evil.com'],
    ['tab that the URL parser would drop', '/\t/evil.com'],
    ['newline', '/articles/x\n'],
    ['relative without slash', 'articles/x'],
    ['empty', ''],
    ['overlong', `/${'a'.repeat(2048)}`],
  ])('rejects %s', (_name, value) => {
    expect(safeNextPath(value)).toBe('/')
  })

  test.each([undefined, null, 42, ['/account'], { next: '/account' }])(
    'rejects the non-string %p',
    (value) => {
      expect(safeNextPath(value)).toBe('/')
    },
  )

  test('uses the given fallback', () => {
    expect(safeNextPath('//evil.com', '/account')).toBe('/account')
  })
})

describe('withNext', () => {
  test('carries a safe path, encoded but with readable slashes', () => {
    expect(withNext('/login', '/account')).toBe('/login?next=/account')
    expect(withNext('/login', '/articles/x?y=1&z=2')).toBe(
      '/login?next=/articles/x%3Fy%3D1%26z%3D2',
    )
    const back = new URLSearchParams('next=/articles/x%3Fy%3D1%26z%3D2').get('next')
    expect(safeNextPath(back)).toBe('/articles/x?y=1&z=2')
  })

  test('drops a next that is the home page or unsafe', () => {
    expect(withNext('/register', '/')).toBe('/register')
    expect(withNext('/login', '//evil.com')).toBe('/login')
  })
})

describe('returnPathFrom', () => {
  test('returns to the page the visitor is on, with its query', () => {
    expect(returnPathFrom('/articles/x?from=feed')).toBe('/articles/x?from=feed')
  })

  test('on the login and registration pages, keeps their own next', () => {
    expect(returnPathFrom('/login?next=/articles/x')).toBe('/articles/x')
    expect(returnPathFrom('/register?next=%2Faccount')).toBe('/account')
    expect(returnPathFrom('/login')).toBe('/')
    expect(returnPathFrom('/login?next=//evil.com')).toBe('/')
  })

  test('falls back to the home page when the path is unknown or foreign', () => {
    expect(returnPathFrom(null)).toBe('/')
    expect(returnPathFrom('//evil.com/x')).toBe('/')
  })
})
