import { rememberedEditionRedirect, type TEditionRequest } from '@/lib/i18n/rememberedEdition'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36'
const request = (overrides: Partial<TEditionRequest>): TEditionRequest => ({
  method: 'GET',
  pathAndQuery: '/',
  editionCookie: undefined,
  userAgent: BROWSER,
  ...overrides,
})

describe('the remembered edition redirects the bare home page only', () => {
  test.each([
    ['en', '/en'],
    ['zh-TW', '/zh-tw'],
    ['zh-tw', '/zh-tw'],
  ])('a reader who chose %s goes to %s', (choice, target) => {
    expect(rememberedEditionRedirect(request({ editionCookie: choice }))).toBe(target)
    expect(rememberedEditionRedirect(request({ editionCookie: choice, method: 'HEAD' }))).toBe(
      target,
    )
  })

  test.each<[string, Partial<TEditionRequest>]>([
    ['no choice', {}],
    ['a choice of zh-CN', { editionCookie: 'zh-CN' }],
    ['an unknown value', { editionCookie: 'fr' }],
    ['a value that only starts like one', { editionCookie: 'english' }],
    ['another page', { editionCookie: 'en', pathAndQuery: '/articles/a' }],
    ['the home page with a query', { editionCookie: 'en', pathAndQuery: '/?cursor=1' }],
    ['a POST', { editionCookie: 'en', method: 'POST' }],
    ['Googlebot', { editionCookie: 'en', userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)' }],
    ['Bingbot', { editionCookie: 'en', userAgent: 'Mozilla/5.0 (compatible; bingbot/2.0)' }],
  ])('%s: no redirect', (_name, overrides) => {
    expect(rememberedEditionRedirect(request(overrides))).toBeNull()
  })
})
