import { latinWordsOf, MAX_SLUG_LENGTH, shortId, slugFromTitle, validateSlug } from '@/lib/slug'

describe('slugs for Chinese titles', () => {
  test('keeps the Latin words of a mixed title, lower-cased and hyphenated', () => {
    expect(latinWordsOf('以太坊 Pectra 升级后 Layer2 费用下降 40%')).toBe('pectra-layer2-40')
    expect(latinWordsOf('Web 3.0 与 DeFi:新一轮')).toBe('web-3-0-defi')
    expect(latinWordsOf('Café Crème')).toBe('cafe-creme')
  })

  test('a title with no Latin words still gets a unique, URL-safe slug', () => {
    const a = slugFromTitle('比特币减半之后')
    const b = slugFromTitle('比特币减半之后')
    expect(a).toMatch(/^[a-z0-9]{8}$/)
    expect(a).not.toBe(b)
  })

  test('words come first and the id last', () => {
    expect(slugFromTitle('Solana 生态 Meme 热潮', 'abc12345')).toBe('solana-meme-abc12345')
  })

  test('very long Latin titles are cut at a word boundary and stay valid', () => {
    const slug = slugFromTitle('a'.repeat(30) + ' ' + 'b'.repeat(30) + ' ' + 'c'.repeat(30))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(validateSlug(slug)).toBe(true)
  })

  test('short ids are 8 characters of [a-z0-9]', () => {
    for (let i = 0; i < 50; i++) expect(shortId()).toMatch(/^[a-z0-9]{8}$/)
  })

  test.each(['', 'Upper-Case', 'with space', 'double--hyphen', '-leading', '中文', 'a'.repeat(97)])(
    'validateSlug refuses %p with a message',
    (value) => {
      expect(validateSlug(value)).toEqual(expect.any(String))
    },
  )
})
