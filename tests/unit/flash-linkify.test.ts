import { linkifyText, type TTextSegment } from '@/lib/flash/linkify'

const links = (text: string) =>
  linkifyText(text)
    .filter((s): s is Extract<TTextSegment, { kind: 'link' }> => s.kind === 'link')
    .map((s) => s.text)

describe('a URL inside Chinese text', () => {
  test('stops before the full stop after a space', () => {
    expect(linkifyText('详情见 https://research.example.com/a/b?x=1 。')).toEqual([
      { kind: 'text', text: '详情见 ' },
      {
        kind: 'link',
        text: 'https://research.example.com/a/b?x=1',
        href: 'https://research.example.com/a/b?x=1',
      },
      { kind: 'text', text: ' 。' },
    ])
  })

  test('stops at full-width brackets around it', () => {
    expect(linkifyText('（https://blog.example.org/p）')).toEqual([
      { kind: 'text', text: '（' },
      { kind: 'link', text: 'https://blog.example.org/p', href: 'https://blog.example.org/p' },
      { kind: 'text', text: '）' },
    ])
  })

  test('stops at a full-width comma with no space before it', () => {
    expect(linkifyText('链接：https://x.example.net/post，其他')).toEqual([
      { kind: 'text', text: '链接：' },
      { kind: 'link', text: 'https://x.example.net/post', href: 'https://x.example.net/post' },
      { kind: 'text', text: '，其他' },
    ])
  })

  test.each([
    ['https://a.example.com/x。下一句', 'https://a.example.com/x'],
    ['https://a.example.com/x；下一句', 'https://a.example.com/x'],
    ['https://a.example.com/x！', 'https://a.example.com/x'],
    ['https://a.example.com/x？', 'https://a.example.com/x'],
    ['https://a.example.com/x、https://b.example.com', 'https://a.example.com/x'],
    ['【https://a.example.com/x】', 'https://a.example.com/x'],
    ['《https://a.example.com/x》', 'https://a.example.com/x'],
    ['“https://a.example.com/x”', 'https://a.example.com/x'],
    ['‘https://a.example.com/x’', 'https://a.example.com/x'],
    ['https://a.example.com/x　全角空格', 'https://a.example.com/x'],
    ['https://a.example.com/x详情', 'https://a.example.com/x'],
    ['https://a.example.com/x｜来源', 'https://a.example.com/x'],
    ['https://a.example.com/x<b>', 'https://a.example.com/x'],
    ['"https://a.example.com/x"', 'https://a.example.com/x'],
    ["'https://a.example.com/x'", 'https://a.example.com/x'],
  ])('%p links only %p', (text, url) => expect(links(text)[0]).toBe(url))
})

describe('ASCII punctuation after a URL', () => {
  test.each([
    ['See https://example.com/a.', 'https://example.com/a'],
    ['See https://example.com/a...', 'https://example.com/a'],
    ['See https://example.com/a, then', 'https://example.com/a'],
    ['See https://example.com/a; then', 'https://example.com/a'],
    ['See https://example.com/a: then', 'https://example.com/a'],
    ['Really https://example.com/a?!', 'https://example.com/a'],
    ['(see https://example.com/a)', 'https://example.com/a'],
    ['(see https://example.com/a).', 'https://example.com/a'],
  ])('is left to the sentence: %p', (text, url) => expect(links(text)).toEqual([url]))

  test('stays in the URL when it is not at the end', () => {
    expect(links('见 https://example.com/a.html?q=1,2 。')).toEqual([
      'https://example.com/a.html?q=1,2',
    ])
  })

  test('keeps a closing parenthesis that matches one inside the URL', () => {
    expect(links('见 https://en.wikipedia.org/wiki/Bitcoin_(currency) 。')).toEqual([
      'https://en.wikipedia.org/wiki/Bitcoin_(currency)',
    ])
    expect(links('(https://en.wikipedia.org/wiki/Bitcoin_(currency))')).toEqual([
      'https://en.wikipedia.org/wiki/Bitcoin_(currency)',
    ])
  })
})

describe('what never becomes a link', () => {
  test.each([
    'javascript:alert(1)',
    '点这里 javascript:alert(document.cookie) 领取',
    'data:text/html,<script>alert(1)</script>',
    '官网 www.example.com 。',
    'ftp://files.example.com/a',
    'mailto:editor@example.com',
    'https:// 后面没有地址',
    'http://。',
    'xhttps://example.com',
  ])('%p stays plain text', (text) => {
    expect(linkifyText(text)).toEqual([{ kind: 'text', text }])
  })

  test('a URL the browser would reject stays text', () => {
    expect(linkifyText('坏链接 https://[bad 。')).toEqual([
      { kind: 'text', text: '坏链接 https://[bad 。' },
    ])
  })

  test('a space ends the URL even in the middle of a host name', () => {
    expect(links('坏链接 https://exa mple.com')).toEqual(['https://exa'])
  })
})

describe('links', () => {
  test('two URLs in one item are two links', () => {
    expect(linkifyText('公告 https://a.example.com/1 ，原文 http://b.example.com/2。')).toEqual([
      { kind: 'text', text: '公告 ' },
      { kind: 'link', text: 'https://a.example.com/1', href: 'https://a.example.com/1' },
      { kind: 'text', text: ' ，原文 ' },
      { kind: 'link', text: 'http://b.example.com/2', href: 'http://b.example.com/2' },
      { kind: 'text', text: '。' },
    ])
  })

  test('the href is the URL as the browser reads it, the text as written', () => {
    expect(linkifyText('HTTPS://Example.COM')).toEqual([
      { kind: 'link', text: 'HTTPS://Example.COM', href: 'https://example.com/' },
    ])
  })

  test('an item with no URL is one text segment', () => {
    expect(linkifyText('比特币突破 10 万美元，创历史新高。')).toEqual([
      { kind: 'text', text: '比特币突破 10 万美元，创历史新高。' },
    ])
  })

  test('an empty item has no segments', () => {
    expect(linkifyText('')).toEqual([])
  })
})

describe('nothing of the text is lost or changed', () => {
  const samples = [
    '',
    '纯文本快讯。',
    '详情见 https://research.example.com/a/b?x=1 。',
    '（https://blog.example.org/p）',
    '链接：https://x.example.net/post，其他',
    'https://a.example.com',
    'https://a.example.com https://b.example.com',
    'https://a.example.com/https://b.example.com',
    '(see https://example.com/a).',
    'https://en.wikipedia.org/wiki/Bitcoin_(currency))).',
    'javascript:alert(1) www.example.com data:,x',
    'http://',
    'http://。https://。',
    'https://[bad 与 https://good.example.com，',
    '前文https://a.example.com/路径后文',
    '多行\nhttps://a.example.com/x\n\thttp://b.example.com/y?z=1#frag',
    'emoji 🚀 https://a.example.com/🚀 结束',
    '𠀀 https://a.example.com/𠀀 扩展区汉字',
    '"https://a.example.com/x"<br>',
    '...https://a.example.com...',
    'xhttps://a.example.com https://b.example.com',
  ]

  test.each(samples)('%p joins back to itself', (text) => {
    const segments = linkifyText(text)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    for (const [i, segment] of segments.entries()) {
      expect(segment.text).not.toBe('')
      if (segment.kind === 'text') expect(segments[i + 1]?.kind).not.toBe('text')
      else expect(new URL(segment.href).protocol).toMatch(/^https?:$/)
    }
  })
})
