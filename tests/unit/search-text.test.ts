import { lexicalPlainText } from '@/lib/search/lexicalText'
import { parseSearchQuery } from '@/lib/search/query'
import { highlightSnippet } from '@/lib/search/snippet'
import { indexTokens, phraseOfRun, phraseSubstring, tokenString } from '@/lib/search/tokens'
import { lexicalFromBlocks } from '@/lib/seed/lexical'

describe('index tokens', () => {
  test('a CJK run is its overlapping pairs and its last character', () => {
    expect(indexTokens('以太坊')).toEqual(['以太', '太坊', '坊'])
    expect(indexTokens('币')).toEqual(['币'])
  })

  test('Latin words are folded to lower case and full width to half width; scripts split', () => {
    expect(indexTokens('ＥＴＨ现货 ETF')).toEqual(['eth', '现货', '货', 'etf'])
    expect(indexTokens('比特币L2，“Layer 2”')).toEqual(['比特', '特币', '币', 'l2', 'layer', '2'])
  })

  test('a query phrase is a substring of the token string exactly when the text has it', () => {
    const stored = tokenString('流动性再质押协议')
    const found = (text: string) => stored.includes(phraseSubstring(phraseOfRun(text)))
    expect(found('质押')).toBe(true)
    expect(found('再质押协议')).toBe(true)
    expect(found('协')).toBe(true)
    expect(found('议')).toBe(true)
    expect(found('质协')).toBe(false)
    expect(found('押')).toBe(true)
    expect(found('币')).toBe(false)
  })
})

describe('queries', () => {
  test('every word and every script run is required once', () => {
    const parsed = parseSearchQuery('  ETH质押   以太坊 eth ')
    expect(parsed.ok && parsed.query.words).toEqual(['eth', '质押', '以太坊'])
  })

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['%%% ！？', 'noWords'],
    ['质'.repeat(65), 'tooLong'],
    ['a b c d e f g h i', 'tooManyWords'],
  ])('%j is refused as %s', (text, problem) => {
    expect(parseSearchQuery(text)).toEqual({ ok: false, problem })
  })
})

describe('snippets', () => {
  test('the words are marked, in their original width and case', () => {
    const parts = highlightSnippet('机构买入 ＥＴＨ 现货，质押需求上升。', ['eth', '质押'])
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['ＥＴＨ', '质押'])
    expect(parts.map((part) => part.text).join('')).toBe('机构买入 ＥＴＨ 现货，质押需求上升。')
  })

  test('a match deep in a long text is shown with some text before it', () => {
    const text = `${'无关内容。'.repeat(60)}关键的质押数据公布了。${'尾声。'.repeat(60)}`
    const parts = highlightSnippet(text, ['质押'], 80)
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(parts.at(-1)).toEqual({ text: '…', match: false })
    expect(parts.some((part) => part.match && part.text === '质押')).toBe(true)
  })
})

test('the plain text of a body keeps blocks apart and table cells readable', () => {
  const body = lexicalFromBlocks([
    { type: 'h2', text: '背景' },
    { type: 'p', text: '第一段。' },
  ])
  expect(lexicalPlainText(body)).toBe('背景\n第一段。')
  expect(lexicalPlainText(null)).toBe('')
})
