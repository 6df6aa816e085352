import {
  dayOf,
  latinWordsOf,
  MAX_SLUG_LENGTH,
  shortId,
  slugFromTitle,
  validateSlug,
} from '@/lib/slug'

const SHANGHAI = { timeZone: 'Asia/Shanghai' }

describe('slugs for Chinese titles', () => {
  test('keeps the Latin words of a mixed title, lower-cased and hyphenated', () => {
    expect(latinWordsOf('以太坊 Pectra 升级后 Layer2 费用下降 40%')).toBe('pectra-layer2-40')
    expect(latinWordsOf('Web 3.0 与 DeFi:新一轮')).toBe('web-3-0-defi')
    expect(latinWordsOf('Café Crème')).toBe('cafe-creme')
  })

  test('an all-Chinese title gets the day and a short id, like the portals number theirs', () => {
    const date = new Date('2026-12-05T03:00:00Z')
    expect(slugFromTitle('比特币减半之后', { ...SHANGHAI, date, id: 'k3x9q2' })).toBe(
      '20261205-k3x9q2',
    )
    const a = slugFromTitle('比特币减半之后', { ...SHANGHAI, date })
    const b = slugFromTitle('比特币减半之后', { ...SHANGHAI, date })
    expect(a).toMatch(/^20261205-[a-z0-9]{6}$/)
    expect(a).not.toBe(b)
    expect(validateSlug(a)).toBe(true)
  })

  test("the day is the readers' day in the display time zone, not the server's", () => {
    // 20:00 UTC on 4 December is already 5 December in Shanghai.
    const lateEvening = new Date('2026-12-04T20:00:00Z')
    expect(dayOf(lateEvening, 'Asia/Shanghai')).toBe('20261205')
    expect(dayOf(lateEvening, 'UTC')).toBe('20261204')
  })

  test('words come first and the id last', () => {
    expect(slugFromTitle('Solana 生态 Meme 热潮', { ...SHANGHAI, id: 'abc12345' })).toBe(
      'solana-meme-abc12345',
    )
    expect(slugFromTitle('Solana 生态', SHANGHAI)).toMatch(/^solana-[a-z0-9]{8}$/)
  })

  test('very long Latin titles are cut at a word boundary and stay valid', () => {
    const title = 'a'.repeat(30) + ' ' + 'b'.repeat(30) + ' ' + 'c'.repeat(30)
    const slug = slugFromTitle(title, SHANGHAI)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(validateSlug(slug)).toBe(true)
  })

  test('an empty title still gets a valid slug', () => {
    expect(validateSlug(slugFromTitle('', SHANGHAI))).toBe(true)
  })

  test('short ids are [a-z0-9] of the asked length (8 by default)', () => {
    for (let i = 0; i < 50; i++) expect(shortId()).toMatch(/^[a-z0-9]{8}$/)
    expect(shortId(6)).toMatch(/^[a-z0-9]{6}$/)
  })

  test.each(['', 'Upper-Case', 'with space', 'double--hyphen', '-leading', '中文', 'a'.repeat(97)])(
    'validateSlug refuses %p with a message',
    (value) => {
      expect(validateSlug(value)).toEqual(expect.any(String))
    },
  )
})
